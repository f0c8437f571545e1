using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ConflictAtlas.Core.Text;
using SmartReader;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>
/// Reads the article out of an HTML page with SmartReader (a Readability port), then flattens the article
/// HTML into paragraphs with AngleSharp, setting figure captions aside as removed segments.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>The base URL SmartReader needs when the page has none; it is never fetched.</summary>
    private const string PlaceholderUrl = "https://localhost/article";

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt",
    };

    public static HtmlArticle Read(string html, string? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        // The constructor form only parses: the two-string static ParseArticle would download the URL.
        var reader = new Reader(url ?? PlaceholderUrl, html) { ContinueIfNotReadable = true };
        var article = reader.GetArticle();
        var removed = new List<RemovedSegment>();
        var parser = new HtmlParser();
        var body = parser.ParseDocument(string.IsNullOrEmpty(article.Content) ? html : article.Content).Body;
        var paragraphs = new List<Paragraph>();
        if (body is not null)
        {
            foreach (var caption in body.QuerySelectorAll("figcaption, figure, .caption, .wp-caption-text").ToList())
            {
                var text = PlainTextReader.CollapseWhitespace(caption.TextContent);
                if (text.Length > 0 && caption.Parent is not null)
                {
                    removed.Add(new RemovedSegment("caption", text, null));
                }

                caption.Remove();
            }

            Collect(body, paragraphs);
        }

        var metadata = new ArticleMetadata
        {
            Title = NullIfEmpty(article.Title),
            Published = article.PublicationDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null,
            Language = NullIfEmpty(article.Language)?.Split('-')[0].ToLowerInvariant(),
            Author = NullIfEmpty(article.Author),
            Source = NullIfEmpty(article.SiteName),
            Url = url,
        };
        return new HtmlArticle(paragraphs, metadata, removed);
    }

    private static void Collect(IElement element, List<Paragraph> paragraphs)
    {
        foreach (var child in element.Children)
        {
            if (BlockTags.Contains(child.LocalName))
            {
                var text = PlainTextReader.CollapseWhitespace(child.TextContent);
                if (text.Length > 0)
                {
                    paragraphs.Add(new Paragraph(text, null));
                }
            }
            else if (child.Children.Length == 0)
            {
                var text = PlainTextReader.CollapseWhitespace(child.TextContent);
                if (text.Length > 0)
                {
                    paragraphs.Add(new Paragraph(text, null));
                }
            }
            else
            {
                Collect(child, paragraphs);
            }
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
