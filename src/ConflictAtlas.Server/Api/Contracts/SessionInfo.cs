namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>Who is signed in (nothing when signed out) and the anti-forgery token to send with unsafe requests.</summary>
public sealed record SessionInfo(bool SignedIn, string? Name, string? Role, string CsrfToken);
