using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ConflictAtlas.Core.Sources.Feeds;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>
/// Reads a page's metadata from its head and markup: meta tags (Open Graph, article:*, Dublin Core, itemprop),
/// JSON-LD (NewsArticle and its <c>@graph</c>), the first <c>&lt;time datetime&gt;</c>, the canonical link,
/// the declared language, a date in the URL path, and last the date a page prints in a block its markup names for it.
/// Each field takes the first source that has it, in that order; a placeholder date (year 1) is no date.
/// </summary>
public static partial class HtmlMetadataReader
{
    private static readonly string[] PublishedMetaKeys =
    [
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
        "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "date", "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate",
    ];

    private static readonly string[] AuthorMetaKeys = ["author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"];

    private static readonly string[] SiteMetaKeys = ["og:site_name", "application-name", "publisher", "dc.publisher"];

    private static readonly string[] TitleMetaKeys = ["og:title", "twitter:title", "dc.title", "headline"];

    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle", "WebPage", "LiveBlogPosting"];

    public static ArticleMetadata Read(IHtmlDocument document, string? pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = MetaValues(document);
        var jsonLd = JsonLdValues(document);
        var canonical = Absolute(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"), pageUrl)
            ?? Absolute(Get(meta, "og:url"), pageUrl);
        DateTimeOffset? published = null;
        foreach (var candidate in PublishedMetaKeys.Select(k => Get(meta, k)).Append(jsonLd.Published)
                     .Append(document.QuerySelector("time[datetime]")?.GetAttribute("datetime")))
        {
            if (LenientDate.TryParse(candidate, out var date) && IsPlausible(date))
            {
                published = date;
                break;
            }
        }

        published ??= DateFromUrl(canonical) ?? DateFromUrl(pageUrl) ?? ShownDate(document);
        var author = AuthorMetaKeys.Select(k => Get(meta, k)).FirstOrDefault(a => a is not null && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            ?? jsonLd.Author;
        var language = document.DocumentElement.GetAttribute("lang") ?? document.DocumentElement.GetAttribute("xml:lang")
            ?? Get(meta, "content-language") ?? Get(meta, "og:locale") ?? jsonLd.Language;
        return new ArticleMetadata
        {
            Title = TitleMetaKeys.Select(k => Get(meta, k)).FirstOrDefault(t => t is not null) ?? jsonLd.Headline,
            Published = published,
            Author = author,
            Source = SiteMetaKeys.Select(k => Get(meta, k)).FirstOrDefault(s => s is not null) ?? jsonLd.Publisher,
            Url = pageUrl ?? canonical,
            CanonicalUrl = canonical,
            Language = NormalizeLanguage(language),
        };
    }

    /// <summary>Templates fill empty dates with the first day of the calendar ("0001-01-01T00:00:00Z"): such a
    /// date, or one far in the future, says nothing about when the page was published.</summary>
    private static bool IsPlausible(DateTimeOffset date) => date.Year is >= EarliestYear and <= LatestYear;

    private const int EarliestYear = 1900;
    private const int LatestYear = 2100;

    /// <summary>The publication date a page prints in an element its markup names for it ("Published 11:11 PM EST
    /// Nov 19, 2019" in a <c>publish-date</c> block): the first full day in its text.</summary>
    private static DateTimeOffset? ShownDate(IHtmlDocument document)
    {
        var shown = document.QuerySelector(ShownDateSelector)?.TextContent;
        if (shown is null || shown.Length > 200)
        {
            return null;
        }

        return DateStage.Find(shown, null)
            .Where(f => f.Value is { IsSpecificDay: true, IsRelative: false } && f.Value.Date!.Value.Year is >= EarliestYear and <= LatestYear)
            .Select(f => (DateTimeOffset?)new DateTimeOffset(f.Value.Date!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            .FirstOrDefault();
    }

    private const string ShownDateSelector = "[class*=publish-date], [class*=publish_date], [class*=pubdate], [class*=published-date], [class*=date-published]";

    /// <summary>"en-GB", "fr_FR", "AR" become "en", "fr", "ar"; anything else that is not a language tag becomes null.</summary>
    public static string? NormalizeLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_', ',', ';')[0].Trim().ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    /// <summary>A date in a URL path: <c>/2024/12/01/</c>, <c>/2024-12-01/</c> or <c>/20241201</c>.</summary>
    public static DateTimeOffset? DateFromUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var match = UrlDate().Match(url);
        if (!match.Success)
        {
            return null;
        }

        var y = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var m = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return y is >= 1990 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateTimeOffset(y, m, d, 0, 0, 0, TimeSpan.Zero)
            : null;
    }

    private static Dictionary<string, string> MetaValues(IHtmlDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(value))
            {
                values.TryAdd(key.Trim(), value.Trim());
            }
        }

        foreach (var element in document.QuerySelectorAll("[itemprop=datePublished]"))
        {
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime");
            if (!string.IsNullOrWhiteSpace(value))
            {
                values.TryAdd("datepublished", value.Trim());
            }
        }

        return values;
    }

    private static string? Get(Dictionary<string, string> values, string key) => values.GetValueOrDefault(key);

    private static JsonLdFields JsonLdValues(IHtmlDocument document)
    {
        var fields = new JsonLdFields();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                Visit(json.RootElement, fields, 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources still apply.
            }
        }

        return fields;
    }

    private static void Visit(JsonElement element, JsonLdFields fields, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, fields, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, fields, depth + 1);
        }

        var type = element.TryGetProperty("@type", out var t) ? (t.ValueKind == JsonValueKind.Array ? string.Join(' ', t.EnumerateArray().Select(x => x.ToString())) : t.ToString()) : string.Empty;
        if (!ArticleTypes.Any(a => type.Contains(a, StringComparison.Ordinal)))
        {
            return;
        }

        fields.Published ??= StringOf(element, "datePublished") ?? StringOf(element, "dateCreated");
        fields.Headline ??= StringOf(element, "headline");
        fields.Language ??= StringOf(element, "inLanguage");
        if (fields.Author is null && element.TryGetProperty("author", out var author))
        {
            fields.Author = NameOf(author);
        }

        if (fields.Publisher is null && element.TryGetProperty("publisher", out var publisher))
        {
            fields.Publisher = NameOf(publisher);
        }
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim(),
        JsonValueKind.Object => StringOf(value, "name"),
        JsonValueKind.Array => value.EnumerateArray().Select(NameOf).FirstOrDefault(n => n is not null),
        _ => null,
    };

    private static string? Absolute(string? href, string? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal))
        {
            return absolute.ToString();
        }

        return pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var page) && Uri.TryCreate(page, href.Trim(), out var resolved)
            ? resolved.ToString()
            : null;
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)[0-9]{2})(?:/|-|_)?(?<m>0[1-9]|1[0-2])(?:/|-|_)?(?<d>0[1-9]|[12][0-9]|3[01])(?:/|-|_|\.|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex UrlDate();

    private sealed class JsonLdFields
    {
        public string? Published { get; set; }

        public string? Headline { get; set; }

        public string? Author { get; set; }

        public string? Publisher { get; set; }

        public string? Language { get; set; }
    }
}
