using System.Globalization;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Output;

/// <summary>
/// The one-line JSON record of <c>atlas text --jsonl</c>: <c>path</c> (the input as given), <c>url</c> (where it was read from), <c>canonical_url</c> (the page's own),
/// <c>title</c>, <c>published</c> (ISO 8601 with offset), <c>author</c>, <c>site</c>, <c>language</c>, <c>text</c>
/// and <c>removed</c> (<c>kind</c>, <c>text</c>, and the <c>start</c>/<c>end</c> of the removed part in the raw
/// input when known).
/// </summary>
public static class TextRecordWriter
{
    public static JsonObject ToJson(string path, Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var m = document.Metadata;
        var removed = new JsonArray();
        foreach (var r in document.Removed)
        {
            var item = new JsonObject { ["kind"] = r.Kind, ["text"] = r.Text };
            if (r.RawSpan is { } span)
            {
                item["start"] = span.Start;
                item["end"] = span.End;
            }

            removed.Add(item);
        }

        return new JsonObject
        {
            ["path"] = path,
            ["url"] = m.Url,
            ["canonical_url"] = m.CanonicalUrl,
            ["title"] = m.Title,
            ["published"] = m.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["author"] = m.Author,
            ["site"] = m.Source,
            ["language"] = m.Language,
            ["text"] = document.Text,
            ["removed"] = removed,
        };
    }
}
