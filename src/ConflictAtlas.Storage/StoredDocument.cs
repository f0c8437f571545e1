namespace ConflictAtlas.Storage;

/// <summary>A stored report: its metadata, the cleaned text that evidence spans point into, and the removed
/// boilerplate segments as JSON (an array of objects, as written by ingestion).</summary>
public sealed record StoredDocument(long Id, string Uri, int Version, string? Title, string? Published, string? Source, string? Language, string Text, string RemovedJson)
{
    /// <summary>When the report was stored (UTC, ISO 8601); the day an undated report is read on.</summary>
    public string? IngestedAt { get; init; }
}
