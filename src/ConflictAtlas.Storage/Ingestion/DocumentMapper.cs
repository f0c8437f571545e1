using System.Globalization;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Deduplication;
using ConflictAtlas.Core.Output;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Storage.Ingestion;

/// <summary>Turns a coded document into what the store keeps: the contract JSON of each event plus its key.</summary>
public static class DocumentMapper
{
    public static DocumentToStore ToStore(FetchedArticle fetched, Document document)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        ArgumentNullException.ThrowIfNull(document);
        var m = document.Metadata;
        var removed = new JsonArray([.. document.Removed.Select(r => (JsonNode)new JsonObject
        {
            ["kind"] = r.Kind,
            ["text"] = r.Text,
            ["raw_start"] = r.RawSpan?.Start,
            ["raw_end"] = r.RawSpan?.End,
        })]);
        return new DocumentToStore(
            fetched.Sha256,
            fetched.Uri,
            m.Title,
            m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            m.Source,
            m.Language,
            fetched.Size,
            document.Text,
            removed.ToJsonString(),
            Atoms(document));
    }

    /// <summary>The event atoms of a coded document: each event's contract JSON and its deduplication key.</summary>
    public static IReadOnlyList<AtomToStore> Atoms(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. document.Events.Select(e => new AtomToStore(EventRecordWriter.EventToJson(document, e), AtomKey.From(e)))];
    }
}
