namespace ConflictAtlas.Storage.Ingestion;

/// <summary>One report finished (stored, skipped as already stored, or failed).</summary>
public sealed record IngestProgress(int Done, int Total, string Uri, string Status)
{
    /// <summary>Why the report was not stored; null when it was stored or already known.</summary>
    public string? Error { get; init; }
}
