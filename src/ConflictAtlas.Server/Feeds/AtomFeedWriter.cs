using System.Globalization;
using System.Xml;
using ConflictAtlas.Server.Query;
using ConflictAtlas.Storage;

namespace ConflictAtlas.Server.Feeds;

/// <summary>Writes events as an Atom 1.0 feed (RFC 4287): one entry per event, newest change first, linking to the
/// event's page on the dashboard. All text goes through <see cref="XmlWriter"/>, which escapes it.</summary>
public static class AtomFeedWriter
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>Most entries in one feed; a reader that wants more uses the CSV or GeoJSON export.</summary>
    public const int MaxEntries = 1000;

    /// <summary>The feed's id when no public base address is configured (an Atom id must be an absolute IRI).</summary>
    public const string FeedUrn = "urn:conflictatlas:feed:events";

    /// <summary>Writes the feed; links are absolute under <paramref name="baseUri"/>, or relative to the server's root
    /// (<c>/event.html?id=N</c>, which a feed reader resolves against the feed's own address) when it is null.</summary>
    public static void Write(TextWriter output, Uri? baseUri, IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        var entries = events.OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id).Take(MaxEntries).ToList();
        Uri At(string path) => baseUri is null ? new Uri("/" + path, UriKind.Relative) : new Uri(baseUri, path);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, CheckCharacters = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", AtomNamespace);
        xml.WriteElementString("title", AtomNamespace, "ConflictAtlas events");
        xml.WriteElementString("id", AtomNamespace, baseUri is null ? FeedUrn : At("api/events.atom").ToString());
        xml.WriteElementString("updated", AtomNamespace, Timestamp(entries.Count > 0 ? entries[0].UpdatedAt : DateTimeOffset.UnixEpoch));
        Link(xml, At("api/events.atom"), "self");
        xml.WriteStartElement("author", AtomNamespace);
        xml.WriteElementString("name", AtomNamespace, "ConflictAtlas");
        xml.WriteEndElement();
        foreach (var e in entries)
        {
            var r = e.Record;
            var page = At($"event.html?id={e.Id.ToString(CultureInfo.InvariantCulture)}");
            xml.WriteStartElement("entry", AtomNamespace);
            xml.WriteElementString("id", AtomNamespace, $"urn:conflictatlas:event:{e.Id.ToString(CultureInfo.InvariantCulture)}");
            xml.WriteElementString("title", AtomNamespace, Clean(Title(e)));
            xml.WriteElementString("updated", AtomNamespace, Timestamp(e.UpdatedAt));
            Link(xml, page, "alternate");
            xml.WriteStartElement("category", AtomNamespace);
            xml.WriteAttributeString("term", Clean(EventSearch.Str(r, "sub_event_type") ?? "unknown"));
            xml.WriteEndElement();
            xml.WriteStartElement("summary", AtomNamespace);
            xml.WriteAttributeString("type", "text");
            xml.WriteString(Clean(EventSearch.Str(r, "notes") ?? string.Empty));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    public static string Title(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var r = e.Record;
        var place = string.Join(", ", new[] { EventSearch.Str(r, "location"), EventSearch.Str(r, "country") }.Where(s => !string.IsNullOrEmpty(s)));
        var fatalities = EventSearch.Whole(r, "fatalities");
        return $"{EventSearch.Str(r, "sub_event_type") ?? "Event"} in {(place.Length > 0 ? place : "an unknown place")} on {EventSearch.Str(r, "event_date") ?? "an unknown date"}" +
               (fatalities > 0 ? $" ({fatalities.ToString(CultureInfo.InvariantCulture)} killed)" : string.Empty);
    }

    private static void Link(XmlWriter xml, Uri href, string rel)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href.ToString());
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Drops characters XML 1.0 cannot carry (control characters in scraped text).</summary>
    private static string Clean(string text) => string.Concat(text.Where(XmlConvert.IsXmlChar));
}
