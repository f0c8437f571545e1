namespace ConflictAtlas.Storage.Postgres;

public sealed record QueueStatus(long Pending, long Leased, long Done, long Failed);
