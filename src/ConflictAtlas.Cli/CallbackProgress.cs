namespace ConflictAtlas.Cli;

/// <summary>Reports progress by calling <paramref name="report"/> at once, on the reporting thread (unlike
/// <see cref="Progress{T}"/>, which posts to a synchronisation context and so may print after the command ends).</summary>
public sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
