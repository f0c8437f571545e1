using ConflictAtlas.Storage.Ingestion;

namespace ConflictAtlas.Storage.Postgres;

/// <summary>A queued report taken by a worker; <see cref="Attempts"/> counts this one.</summary>
public sealed record Job(long Id, IngestItem Item, int Attempts);
