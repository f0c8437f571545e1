namespace ConflictAtlas.Storage.Review;

/// <summary>Where a comment stands: visitors' comments wait as pending until an admin publishes or rejects them.</summary>
public static class CommentStatuses
{
    public const string Pending = "pending";
    public const string Published = "published";
    public const string Rejected = "rejected";
}
