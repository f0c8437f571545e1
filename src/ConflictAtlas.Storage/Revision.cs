namespace ConflictAtlas.Storage;

/// <summary>One append-only history row of a canonical event: who, when, what changed (JSON) and why.</summary>
public sealed record Revision(long Id, long EventId, DateTimeOffset At, string Who, string Action, string What, string Why);
