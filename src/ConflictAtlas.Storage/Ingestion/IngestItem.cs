namespace ConflictAtlas.Storage.Ingestion;

/// <summary>One report to ingest: its path or URL exactly as given, and optional metadata from a manifest.</summary>
public sealed record IngestItem(string Uri, string? Published = null, string? Source = null);
