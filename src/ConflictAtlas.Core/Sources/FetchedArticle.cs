namespace ConflictAtlas.Core.Sources;

/// <summary>An article as read from its source: the decoded content plus the SHA-256 of the bytes as stored.</summary>
public sealed record FetchedArticle(string Uri, RawArticle Article, string Sha256, long Size);
