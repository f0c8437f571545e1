using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Text;
using SmartReader;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>
/// Reads the article out of an HTML page: <see cref="HtmlGuard"/> bounds the page, SmartReader (a Readability
/// port) picks the article body, and AngleSharp flattens it into paragraphs, setting figures and captions aside as
/// removed segments. Metadata comes from <see cref="HtmlMetadataReader"/>, then SmartReader. Paragraphs and removed
/// segments carry the span of their element's outer HTML in the raw page when it can be found.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>The base URL SmartReader needs when the page has none; it is never fetched.</summary>
    private const string PlaceholderUrl = "https://localhost/article";

    /// <summary>Stack for reading a page that is nested deeply even after <see cref="HtmlGuard"/>; the tree walks recurse.</summary>
    private const int DeepPageStackBytes = 256 * 1024 * 1024;

    /// <summary>Nesting above which the page is read on a thread with <see cref="DeepPageStackBytes"/> of stack.</summary>
    private const int InlineDepthLimit = 100;

    /// <summary>
    /// Largest page (after never-content elements are removed) that SmartReader scores: 1 M characters. The largest
    /// benchmark page comes to under a third of that; a bigger page is read whole (<see cref="ReadWithoutScoring"/>).
    /// </summary>
    private const int MaxScoredChars = 1_000_000;

    /// <summary>
    /// A paragraph shorter than this whose text is almost all link text (<see cref="MinTeaserLinkShare"/>) is a
    /// related-story teaser or a link list, not article text.
    /// </summary>
    private const int MaxTeaserLength = 100;

    /// <summary>See <see cref="MaxTeaserLength"/>.</summary>
    private const double MinTeaserLinkShare = 0.9;

    /// <summary>How far past an element's start its closing tag is looked for.</summary>
    private const int MaxOuterHtmlScan = 200_000;

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dd", "dt", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "figure", "figcaption", "address", "hr", "form", "fieldset", "details", "summary", "center",
    };

    /// <summary>
    /// Elements that never hold article text, removed before SmartReader scores the page: this halves its time on
    /// real pages (their scripts, menus and footers are most of the markup). JSON-LD stays for the metadata.
    /// </summary>
    private const string NeverContentSelector =
        "script:not([type='application/ld+json']), style, noscript, svg, iframe, template, link, nav, footer, aside, button, select, [hidden], [aria-hidden=true]";

    /// <summary>Embedded posts of social networks, in the markup their embedding scripts expect.</summary>
    private const string EmbeddedPostSelector = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed";

    /// <summary>Words in a class or id that mark an element as the summary under the headline.</summary>
    private static readonly string[] StandfirstMarkers = ["summary", "standfirst", "dek", "subtitle", "sub-headline", "subheadline", "sapo", "chapo", "chapeau", "excerpt", "deck", "abstract"];

    private static readonly string[] SpanTags = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "figure", "pre", "td", "dd"];

    public static HtmlArticle Read(string html, string? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        var (bounded, _, flattened, depth) = HtmlGuard.Bound(html);
        if (depth <= InlineDepthLimit)
        {
            return ReadBounded(bounded, url, keepSpans: !flattened);
        }

        HtmlArticle? result = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = ReadBounded(bounded, url, keepSpans: !flattened);
                }
#pragma warning disable CA1031 // Any failure on the reading thread is rethrown on the caller's thread below.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failure = ex;
                }
            },
            DeepPageStackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("the page could not be read: " + failure.Message, failure);
        }

        return result!;
    }

    /// <summary>Removes what never holds article text and the standfirst (returned as a removed segment) and flattens
    /// embedded posts: the page as SmartReader should score it, with loose inline content already wrapped in paragraphs
    /// (<see cref="PhrasingRuns"/>) when SmartReader is to read it.</summary>
    private static RemovedSegment? Prepare(IHtmlDocument document, SpanIndex? spans, bool forSmartReader)
    {
        foreach (var element in document.QuerySelectorAll(NeverContentSelector).ToList())
        {
            element.Remove();
        }

        var standfirst = RemoveStandfirst(document, spans);
        FlattenEmbeddedPosts(document);
        if (forSmartReader)
        {
            PhrasingRuns.Wrap(document);
        }

        return standfirst;
    }

    private static HtmlArticle ReadBounded(string html, string? url, bool keepSpans)
    {
        var rawDocument = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = keepSpans }).ParseDocument(html);
        var found = HtmlMetadataReader.Read(rawDocument, url);
        var spans = keepSpans ? new SpanIndex(rawDocument, html) : null;
        var standfirst = Prepare(rawDocument, spans, forSmartReader: true);

        // Serialising the page only to measure it is skipped when the source is already under the limit.
        if (html.Length > MaxScoredChars && rawDocument.DocumentElement.OuterHtml.Length > MaxScoredChars)
        {
            var whole = ReadWithoutScoring(rawDocument, found, spans);
            return standfirst is null ? whole : whole with { Removed = [standfirst, .. whole.Removed] };
        }

        // SmartReader scores the page already parsed, not a serialised copy it would parse again. It takes the article
        // out of that document, so a page where it finds none is parsed and prepared again and read whole.
        var readerUrl = url ?? found.Url ?? PlaceholderUrl;
        var article = new Reader(readerUrl, rawDocument) { ContinueIfNotReadable = true }.GetArticle();
        if (rawDocument.DocumentElement is null || rawDocument.Body is null)
        {
            // SmartReader dropped the page's root or body (a class such as "header-spacing" on <html> reads to it as
            // page furniture) and read what was left without its first pass; that must see the page as it came.
            var unwrapped = new HtmlParser().ParseDocument(html);
            Prepare(unwrapped, spans: null, forSmartReader: false);
            article = new Reader(readerUrl, unwrapped) { ContinueIfNotReadable = true }.GetArticle();
        }
        IElement? body;
        if (string.IsNullOrEmpty(article.Content))
        {
            var again = new HtmlParser().ParseDocument(html);
            Prepare(again, spans: null, forSmartReader: false);
            body = again.Body;
        }
        else
        {
            body = new HtmlParser().ParseDocument(article.Content).Body;
        }

        var (paragraphs, removed) = Flatten(body, spans);
        if (standfirst is not null)
        {
            removed.Insert(0, standfirst);
        }

        var metadata = found with
        {
            Title = NullIfEmpty(article.Title) ?? found.Title,
            Published = found.Published ?? (article.PublicationDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null),
            Language = found.Language ?? HtmlMetadataReader.NormalizeLanguage(article.Language),
            Author = found.Author ?? NullIfEmpty(article.Author),
            Source = found.Source ?? NullIfEmpty(article.SiteName),
        };
        return new HtmlArticle(paragraphs, metadata, removed);
    }

    /// <summary>
    /// Embedded social-media posts (<see cref="EmbeddedPostSelector"/>) quote what the article is about, but their
    /// wrappers carry class names ("social-media-embed") that SmartReader discards unseen. Each post, with the wrapper
    /// elements that hold nothing else, becomes a plain paragraph of the post's text in the same place.
    /// </summary>
    private static void FlattenEmbeddedPosts(IHtmlDocument document)
    {
        foreach (var post in document.QuerySelectorAll(EmbeddedPostSelector).ToList())
        {
            var text = PlainTextReader.CollapseWhitespace(post.TextContent);
            if (text.Length == 0 || post.ParentElement is null)
            {
                continue;
            }

            IElement outer = post;
            while (outer.ParentElement is { } parent
                && parent.LocalName is "div" or "figure" or "span" or "section"
                && parent.Children.Length == 1
                && PlainTextReader.CollapseWhitespace(parent.TextContent).Length == text.Length)
            {
                outer = parent;
            }

            var paragraph = document.CreateElement("p");
            paragraph.TextContent = text;
            outer.Replace(paragraph);
        }
    }

    /// <summary>
    /// Removes the standfirst: the summary set between headline and body, which repeats the page's meta description.
    /// It is an element whose text is the description and that is marked as a summary, either by being a sub-heading
    /// (<c>h2</c> to <c>h4</c>) or by a class or id with a word from <see cref="StandfirstMarkers"/>. A paragraph of the
    /// body that the description merely quotes is not marked so and stays.
    /// </summary>
    private static RemovedSegment? RemoveStandfirst(IHtmlDocument document, SpanIndex? spans)
    {
        var description = document.QuerySelectorAll("meta[name='description'], meta[property='og:description'], meta[name='twitter:description']")
            .Select(m => Tokenizer.PhraseKey(m.GetAttribute("content") ?? string.Empty))
            .FirstOrDefault(key => key.Length > 0);
        if (description is null || document.Body is null)
        {
            return null;
        }

        RemovedSegment? first = null;
        foreach (var element in document.Body.QuerySelectorAll("h2, h3, h4, p, div").ToList())
        {
            if (!IsMarkedStandfirst(element))
            {
                continue;
            }

            // The description's key is never longer than the text it was made from, so a far longer element is not it.
            var content = element.TextContent;
            if (content.Length > (3 * description.Length) + 200 || Tokenizer.PhraseKey(content) != description)
            {
                continue;
            }

            // The same summary can be set twice (under the headline and atop the body); both copies go, the first is reported.
            var text = PlainTextReader.CollapseWhitespace(content);
            element.Remove();
            first ??= new RemovedSegment("standfirst", text, spans?.Find(text));
        }

        return first;
    }

    private static bool IsMarkedStandfirst(IElement element)
    {
        if (element.LocalName is "h2" or "h3" or "h4")
        {
            return true;
        }

        var names = (element.GetAttribute("class") + " " + element.Id).ToLowerInvariant();
        return names.Length > 1 && StandfirstMarkers.Any(marker => names.Contains(marker, StringComparison.Ordinal));
    }

    /// <summary>
    /// A page too big for SmartReader's scoring (its passes grow faster than the page) is read whole: the text of
    /// its <c>article</c> or <c>main</c> element, else its body, with never-content elements already gone.
    /// </summary>
    private static HtmlArticle ReadWithoutScoring(IHtmlDocument document, ArticleMetadata found, SpanIndex? spans)
    {
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var (paragraphs, removed) = Flatten(root, spans);
        var title = found.Title ?? NullIfEmpty(document.Title);
        return new HtmlArticle(paragraphs, found with { Title = title }, removed);
    }

    private static (List<Paragraph> Paragraphs, List<RemovedSegment> Removed) Flatten(IElement? body, SpanIndex? spans)
    {
        var removed = new List<RemovedSegment>();
        var paragraphs = new List<Paragraph>();
        if (body is not null)
        {
            foreach (var caption in body.QuerySelectorAll("figcaption, figure, .caption, .wp-caption-text, .image-caption, .photo-credit").ToList())
            {
                var text = PlainTextReader.CollapseWhitespace(caption.TextContent);
                if (!body.Contains(caption))
                {
                    continue;
                }

                if (text.Length > 0)
                {
                    removed.Add(new RemovedSegment("caption", text, spans?.Find(text)));
                }

                caption.Remove();
            }

            var collector = new ParagraphCollector(paragraphs, removed, spans);
            collector.Collect(body);
            collector.Flush();
        }

        return (paragraphs, removed);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Collects text into paragraphs: a block element or a line break ends the current paragraph.</summary>
    private sealed class ParagraphCollector(List<Paragraph> paragraphs, List<RemovedSegment> removed, SpanIndex? spans)
    {
        private readonly StringBuilder _current = new();
        private int _linkDepth;
        private int _linkChars;

        public void Collect(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        _current.Append(text.Data);
                        if (_linkDepth > 0)
                        {
                            _linkChars += text.Data.Trim().Length;
                        }

                        break;
                    case IElement element when element.LocalName is "br":
                        Flush();
                        break;
                    case IElement element when element.LocalName is "script" or "style" or "noscript" or "template":
                        break;
                    case IElement element when BlockTags.Contains(element.LocalName):
                        Flush();
                        Collect(element);
                        Flush();
                        break;
                    case IElement element when element.LocalName is "a":
                        _linkDepth++;
                        Collect(element);
                        _linkDepth--;
                        break;
                    case IElement element:
                        Collect(element);
                        break;
                }
            }
        }

        public void Flush()
        {
            var text = PlainTextReader.CollapseWhitespace(_current.ToString());
            var linkChars = _linkChars;
            _current.Clear();
            _linkChars = 0;
            if (text.Length == 0)
            {
                return;
            }

            if (text.Length < MaxTeaserLength && linkChars >= text.Length * MinTeaserLinkShare)
            {
                removed.Add(new RemovedSegment("related", text, spans?.Find(text)));
                return;
            }

            paragraphs.Add(new Paragraph(text, spans?.Find(text)));
        }
    }

    /// <summary>Finds the outer-HTML span of a raw-page element by its text.</summary>
    private sealed class SpanIndex
    {
        private readonly string _html;
        private readonly Dictionary<string, IElement> _byText = new(StringComparer.Ordinal);

        public SpanIndex(IHtmlDocument document, string html)
        {
            _html = html;
            foreach (var element in document.QuerySelectorAll(string.Join(',', SpanTags)))
            {
                var text = PlainTextReader.CollapseWhitespace(element.TextContent);
                if (text.Length > 0)
                {
                    _byText.TryAdd(text, element);
                }
            }
        }

        public TextSpan? Find(string text)
        {
            if (!_byText.TryGetValue(text, out var element) || element.SourceReference is not { } source)
            {
                return null;
            }

            var start = source.Position.Index;
            if (start < 0 || start >= _html.Length || _html[start] != '<')
            {
                return null;
            }

            var end = OuterEnd(start, element.LocalName);
            return end is null ? null : new TextSpan(start, end.Value);
        }

        private int? OuterEnd(int start, string name)
        {
            var depth = 0;
            var limit = Math.Min(_html.Length, start + MaxOuterHtmlScan);
            var i = start;
            while (i < limit)
            {
                var lt = _html.IndexOf('<', i, limit - i);
                if (lt < 0)
                {
                    return null;
                }

                var closing = lt + 1 < limit && _html[lt + 1] == '/';
                var nameAt = closing ? lt + 2 : lt + 1;
                if (nameAt + name.Length <= limit
                    && string.Compare(_html, nameAt, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (nameAt + name.Length == limit || !char.IsAsciiLetterOrDigit(_html[nameAt + name.Length])))
                {
                    var gt = _html.IndexOf('>', nameAt);
                    if (gt < 0)
                    {
                        return null;
                    }

                    if (closing)
                    {
                        depth--;
                        if (depth == 0)
                        {
                            return gt + 1;
                        }
                    }
                    else if (_html[gt - 1] != '/')
                    {
                        depth++;
                    }

                    i = gt + 1;
                    continue;
                }

                i = lt + 1;
            }

            return null;
        }
    }
}
