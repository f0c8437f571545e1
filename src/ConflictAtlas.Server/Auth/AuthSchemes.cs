namespace ConflictAtlas.Server.Auth;

/// <summary>The authentication schemes and authorization policies of the API.</summary>
public static class AuthSchemes
{
    /// <summary>The cookie set by <c>POST /api/session</c> (dashboard).</summary>
    public const string Cookie = "Cookies";

    /// <summary><c>Authorization: Bearer TOKEN</c> (scripts; no anti-forgery token needed).</summary>
    public const string Bearer = "Bearer";

    /// <summary>Picks Bearer when the request carries that header, the cookie otherwise.</summary>
    public const string Default = "Atlas";

    /// <summary>Reviewers and admins: review actions and posting documents.</summary>
    public const string ReviewerPolicy = "reviewer";

    /// <summary>Admins only: the comment moderation queue.</summary>
    public const string AdminPolicy = "admin";
}
