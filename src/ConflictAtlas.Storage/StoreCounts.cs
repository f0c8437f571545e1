namespace ConflictAtlas.Storage;

public sealed record StoreCounts(long Documents, long Atoms, long Events, long Revisions);
