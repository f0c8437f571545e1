namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>A comment as anyone may see it: never the commenter's email.</summary>
public sealed record CommentDetail(long Id, long EventId, string Name, string Comment, string Status, DateTimeOffset At);
