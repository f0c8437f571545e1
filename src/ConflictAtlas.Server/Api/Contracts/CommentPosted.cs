namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>The answer to a posted comment: published at once for signed-in users, held for moderation otherwise.</summary>
public sealed record CommentPosted(long Id, string Status, string Message);
