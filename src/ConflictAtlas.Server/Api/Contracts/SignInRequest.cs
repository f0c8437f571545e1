namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>The body of <c>POST /api/session</c>.</summary>
public sealed record SignInRequest(string? Name, string? Password);
