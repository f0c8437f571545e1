namespace ConflictAtlas.Server.Auth;

/// <summary>Per-client-IP limits (fixed one-minute windows) on the endpoints worth guessing or spamming.</summary>
public static class RateLimits
{
    public const string SignInPolicy = "sign-in";
    public const string CommentsPolicy = "comments";

    /// <summary>Sign-in attempts per minute per address: enough for typos, far too few to guess a password.</summary>
    public const int SignInPerMinute = 10;

    /// <summary>Comments per minute per address: a person discussing an event writes far fewer.</summary>
    public const int CommentsPerMinute = 5;

    /// <summary>The policy of <c>POST /api/documents</c>: at most <see cref="ServerOptions.MaxParallelDocuments"/> reports
    /// are read and coded at once, server-wide; another post meanwhile is a 429.</summary>
    public const string DocumentsPolicy = "documents";
}
