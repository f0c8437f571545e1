namespace ConflictAtlas.Storage.Review;

/// <summary>A comment on an event. The commenter's email is written to the store but never read back.</summary>
public sealed record Comment(long Id, long EventId, string Name, string Body, string Status, DateTimeOffset At);
