namespace ConflictAtlas.Storage.Review;

/// <summary>The review state of a canonical event (column <c>review_state</c>).</summary>
public static class ReviewStates
{
    public const string Unreviewed = "unreviewed";
    public const string Confirmed = "confirmed";
    public const string Corrected = "corrected";
    public const string Rejected = "rejected";
    public const string Merged = "merged";

    public static IReadOnlyList<string> All { get; } = [Unreviewed, Confirmed, Corrected, Rejected, Merged];
}
