namespace ConflictAtlas.Core.Sources;

/// <summary>The decoded content of one input and whether it is HTML.</summary>
public sealed record RawArticle(string Origin, string Content, bool IsHtml);
