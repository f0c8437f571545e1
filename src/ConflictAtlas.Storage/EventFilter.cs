namespace ConflictAtlas.Storage;

/// <summary>
/// Which canonical events to read: ACLED-style filters, all optional (null means "any"). The store runs every filter
/// in SQL. Text comparisons are case-insensitive; <see cref="Actor"/> and <see cref="Text"/> match substrings.
/// </summary>
public sealed record EventFilter(int? Iso = null, DateOnly? From = null, DateOnly? To = null)
{
    public static EventFilter All { get; } = new();

    public string? Admin1 { get; init; }

    public string? EventType { get; init; }

    public string? SubEventType { get; init; }

    /// <summary>A substring of actor1, actor2 or an associated actor.</summary>
    public string? Actor { get; init; }

    public BoundingBox? Bbox { get; init; }

    public int? MinFatalities { get; init; }

    /// <summary>A substring of the notes, the location or a source's title, outlet or address.</summary>
    public string? Text { get; init; }

    /// <summary>The review state (e.g. <c>unreviewed</c>), compared exactly.</summary>
    public string? ReviewState { get; init; }
}
