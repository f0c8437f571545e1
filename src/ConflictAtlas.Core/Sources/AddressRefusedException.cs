namespace ConflictAtlas.Core.Sources;

/// <summary>A fetch was stopped before connecting because the host's address is not allowed (see
/// <see cref="FetchOptions.AddressCheck"/>); never retried.</summary>
public sealed class AddressRefusedException : Exception
{
    public AddressRefusedException()
    {
    }

    public AddressRefusedException(string message)
        : base(message)
    {
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
