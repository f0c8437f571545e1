namespace ConflictAtlas.Storage.Ingestion;

/// <summary>One report finished (stored, skipped as already stored, or failed).</summary>
public sealed record IngestProgress(int Done, int Total, string Uri, string Status);
