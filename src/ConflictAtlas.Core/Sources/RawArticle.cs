using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Sources;

/// <summary>
/// The decoded content of one input and whether it is HTML. <paramref name="Hints"/> carries what the source
/// already knew about it (a feed item's title and date, a page's final URL); the reading stage fills in the rest.
/// </summary>
public sealed record RawArticle(string Origin, string Content, bool IsHtml, ArticleMetadata? Hints = null);
