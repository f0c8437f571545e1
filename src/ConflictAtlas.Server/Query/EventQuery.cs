using ConflictAtlas.Storage;

namespace ConflictAtlas.Server.Query;

/// <summary>A parsed, validated event query: ACLED-style filters, sort order and page. Null means "any".</summary>
public sealed record EventQuery
{
    public int? Iso { get; init; }

    public string? Admin1 { get; init; }

    public string? EventType { get; init; }

    public string? SubEventType { get; init; }

    /// <summary>Matches either side (actor1, actor2 or an associated actor), case-insensitive substring.</summary>
    public string? Actor { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public BoundingBox? Bbox { get; init; }

    public int? MinFatalities { get; init; }

    /// <summary>The lowest confidence (0..1) of the events returned.</summary>
    public double? MinConfidence { get; init; }

    /// <summary>Text search over the notes and the sources (title, outlet, address), case-insensitive.</summary>
    public string? Text { get; init; }

    /// <summary>The review state, compared exactly (e.g. <c>unreviewed</c>).</summary>
    public string? ReviewState { get; init; }

    public EventSort Sort { get; init; } = EventSort.Default;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = EventQueryParser.DefaultPageSize;
}
