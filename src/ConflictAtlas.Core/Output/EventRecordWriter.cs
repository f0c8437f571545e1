using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Output;

/// <summary>
/// Writes a coded document in the JSON contract (<c>docs/event-format.md</c>): the document with its clean text, and
/// its events with ACLED's field names and an <c>evidence</c> map from field name to spans of that text.
/// </summary>
public static class EventRecordWriter
{
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject ToJson(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var m = document.Metadata;
        return new JsonObject
        {
            ["document"] = new JsonObject
            {
                ["title"] = m.Title,
                ["published"] = m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["language"] = m.Language,
                ["language_read"] = !Lexicon.Languages.IsUnread(m.Language),
                ["url"] = m.Url,
                ["source"] = m.Source,
                ["text"] = document.Text,
            },
            ["events"] = new JsonArray([.. document.Events.Select(e => (JsonNode)EventToJson(document, e))]),
        };
    }

    public static JsonObject EventToJson(Document document, ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(e);
        var cls = e.Class.Value;
        var place = e.Place?.Value;
        var a1 = e.Actor1?.Value;
        var a2 = e.Actor2?.Value;
        var f = e.Fatalities?.Value;
        var json = new JsonObject
        {
            ["event_date"] = e.Date?.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["time_precision"] = e.Date?.Value.Precision,
            ["disorder_type"] = cls.DisorderType,
            ["event_type"] = cls.EventType,
            ["sub_event_type"] = cls.SubEventType,
            ["actor1"] = a1?.Name ?? string.Empty,
            ["assoc_actor_1"] = string.Join("; ", e.AssocActor1.Select(a => a.Value.Name)),
            ["inter1"] = a1 is null ? string.Empty : ActorTypes.Label(a1.Type),
            ["actor2"] = a2?.Name ?? string.Empty,
            ["assoc_actor_2"] = string.Join("; ", e.AssocActor2.Select(a => a.Value.Name)),
            ["inter2"] = a2 is null ? string.Empty : ActorTypes.Label(a2.Type),
            ["interaction"] = ActorTypes.Interaction(a1?.Type, a2?.Type),
            ["civilian_targeting"] = e.CivilianTargeting ? "Civilians targeted" : string.Empty,
            ["iso"] = place?.IsoNumeric,
            ["country"] = place?.Country,
            ["admin1"] = place?.Admin1 ?? string.Empty,
            ["admin2"] = place?.Admin2 ?? string.Empty,
            ["location"] = place?.Name,
            ["latitude"] = place is null ? null : Math.Round(place.Latitude, 4),
            ["longitude"] = place is null ? null : Math.Round(place.Longitude, 4),
            ["geo_precision"] = place?.GeoPrecision,
            ["fatalities"] = f?.Best ?? 0,
            ["fatalities_low"] = f?.Low ?? 0,
            ["fatalities_high"] = f?.High ?? 0,
            ["notes"] = e.Notes,
            ["confidence"] = e.Confidence,
            ["claims"] = new JsonArray([.. (f?.Claims ?? []).Select(c => (JsonNode)new JsonObject
            {
                ["fatalities"] = c.Number,
                ["vague"] = c.IsVague,
                ["claimant"] = c.Claimant,
                ["partisan"] = c.IsPartisan,
                ["evidence"] = SpanJson(document.Text, c.Span),
            })]),
            ["ucdp_type_of_violence"] = Taxonomy.Default.UcdpTypeOfViolence(cls, a1?.Type, a2?.Type),
            ["cameo_code"] = cls.CameoCode,
            ["plover_type"] = cls.PloverType,
            ["plover_mode"] = cls.PloverMode,
            ["location_reason"] = place?.Reason,
        };

        var evidence = new JsonObject();
        void Put(string field, IEnumerable<TextSpan>? spans)
        {
            if (spans is null)
            {
                return;
            }

            var list = spans.ToList();
            if (list.Count > 0)
            {
                evidence[field] = new JsonArray([.. list.Select(s => (JsonNode)SpanJson(document.Text, s))]);
            }
        }

        Put("event_date", e.Date?.Spans);
        Put("time_precision", e.Date?.Spans);
        Put("event_type", e.Class.Spans);
        Put("sub_event_type", e.Class.Spans);
        Put("disorder_type", e.Class.Spans);
        Put("actor1", e.Actor1?.Spans);
        Put("inter1", e.Actor1?.Spans);
        Put("actor2", e.Actor2?.Spans);
        Put("inter2", e.Actor2?.Spans);
        foreach (var field in new[] { "location", "country", "iso", "admin1", "admin2", "latitude", "longitude", "geo_precision" })
        {
            Put(field, e.Place?.Spans);
        }

        Put("fatalities", e.Fatalities?.Spans);
        Put("fatalities_low", e.Fatalities?.Spans);
        Put("fatalities_high", e.Fatalities?.Spans);
        Put("notes", e.Sentences.Take(1));
        Put("civilian_targeting", e.CivilianTargeting ? e.Actor2?.Spans ?? e.Class.Spans : null);
        json["evidence"] = evidence;
        return json;
    }

    public static JsonObject SpanJson(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new JsonObject { ["start"] = span.Start, ["end"] = span.End, ["text"] = span.Of(text) };
    }
}
