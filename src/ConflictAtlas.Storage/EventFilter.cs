namespace ConflictAtlas.Storage;

/// <summary>Which canonical events to read: by ISO 3166 numeric country code and an inclusive date range.</summary>
public sealed record EventFilter(int? Iso = null, DateOnly? From = null, DateOnly? To = null)
{
    public static EventFilter All { get; } = new();
}
