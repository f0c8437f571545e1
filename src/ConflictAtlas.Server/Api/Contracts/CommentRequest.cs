namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>The body of <c>POST /api/events/{id}/comments</c>: all three are required.</summary>
public sealed record CommentRequest(string? Name, string? Email, string? Comment);
