namespace ConflictAtlas.Storage.Review;

/// <summary>A comment to store, with the email the commenter gave (kept for moderation, never shown).</summary>
public sealed record NewComment(long EventId, string Name, string Email, string Body, string Status);
