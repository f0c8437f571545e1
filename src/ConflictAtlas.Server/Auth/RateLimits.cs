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
}
