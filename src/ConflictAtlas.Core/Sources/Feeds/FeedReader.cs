using System.ServiceModel.Syndication;
using System.Xml;

namespace ConflictAtlas.Core.Sources.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 feeds with System.ServiceModel.Syndication, using <see cref="LenientDate"/> for
/// dates. A bad item is skipped and reported; broken XML keeps the items read before the break.
/// </summary>
public static class FeedReader
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    /// <summary>How far into a document the root element of a feed is looked for.</summary>
    private const int SniffChars = 2048;

    /// <summary>Whether <paramref name="text"/> looks like an RSS or Atom feed (its root element is rss, feed or rdf:RDF).</summary>
    public static bool LooksLikeFeed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.AsSpan(0, Math.Min(text.Length, SniffChars));
        var i = 0;
        while (i < head.Length)
        {
            var lt = head[i..].IndexOf('<');
            if (lt < 0)
            {
                return false;
            }

            i += lt;
            var rest = head[i..];
            if (rest.StartsWith("<?") || rest.StartsWith("<!"))
            {
                var close = rest.IndexOf('>');
                if (close < 0)
                {
                    return false;
                }

                i += close + 1;
                continue;
            }

            return rest.StartsWith("<rss", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    public static FeedParseResult Parse(string xml, Uri? baseUri = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var items = new List<FeedItem>();
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 10_000,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = reader.LocalName switch
            {
                "feed" => new Atom10FeedFormatter { DateTimeParser = ParseDate },
                "rss" => new Rss20FeedFormatter { DateTimeParser = ParseDate },
                _ => throw new XmlException($"root element <{reader.Name}> is not an RSS 2.0 or Atom feed"),
            };
            formatter.ReadFrom(reader);
            var feed = formatter.Feed;
            var language = feed.Language;
            using var e = feed.Items.GetEnumerator();
            while (true)
            {
                SyndicationItem item;
                try
                {
                    if (!e.MoveNext())
                    {
                        break;
                    }

                    item = e.Current;
                }
                catch (XmlException ex)
                {
                    problems.Add($"broken feed XML after {items.Count} items ({ex.Message})");
                    break;
                }

                try
                {
                    items.Add(ToItem(item, baseUri ?? feed.BaseUri, language));
                }
                catch (Exception ex) when (ex is XmlException or FormatException or InvalidOperationException or System.Runtime.Serialization.SerializationException)
                {
                    problems.Add($"item {items.Count + problems.Count + 1} skipped ({ex.Message})");
                }
            }
        }
        catch (XmlException ex)
        {
            problems.Add($"broken feed XML ({ex.Message})");
        }

        return new FeedParseResult(items, problems);
    }

    private static FeedItem ToItem(SyndicationItem item, Uri? baseUri, string? feedLanguage)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri();
        if (link is null && Uri.TryCreate(item.Id, UriKind.Absolute, out var id) && id.Scheme.StartsWith("http", StringComparison.Ordinal))
        {
            link = id;
        }

        if (link is not null && !link.IsAbsoluteUri && baseUri is not null)
        {
            link = new Uri(baseUri, link);
        }

        DateTimeOffset? published = item.PublishDate != default ? item.PublishDate
            : item.LastUpdatedTime != default ? item.LastUpdatedTime : null;
        var author = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a))
            ?? ReadExtension(item, "creator", DublinCoreNamespace);
        var content = ReadExtension(item, "encoded", ContentNamespace)
            ?? (item.Content as TextSyndicationContent)?.Text
            ?? item.Summary?.Text;
        return new FeedItem(link, item.Title?.Text?.Trim(), published, author?.Trim(), content, feedLanguage);
    }

    private static string? ReadExtension(SyndicationItem item, string name, string ns)
    {
        var values = item.ElementExtensions.ReadElementExtensions<string>(name, ns);
        return values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
    }

    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value) =>
        LenientDate.TryParse(data.DateTimeString, out value);
}
