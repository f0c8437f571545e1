namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>The body of <c>POST /api/documents</c>: <c>text</c>, or <c>html</c> (with its <c>url</c> if known), or a
/// <c>url</c> alone to fetch; <c>published</c> (YYYY-MM-DD) and <c>source</c> are optional.</summary>
public sealed record DocumentRequest(string? Text, string? Html, string? Url, string? Published = null, string? Source = null);
