using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Catalogs;

namespace ConflictAtlas.Storage.Export;

/// <summary>Writes canonical events as ACLED-ordered CSV, as JSON (contract fields plus id and sources), or as a
/// GeoJSON FeatureCollection of points.</summary>
public static class EventExporter
{
    /// <summary>ACLED's export columns, in ACLED's order.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    public static IReadOnlyList<string> Formats { get; } = ["csv", "json", "geojson"];

    public static void Write(TextWriter writer, string format, IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case "csv":
                WriteCsv(writer, events);
                break;
            case "json":
                writer.WriteLine(new JsonArray([.. events.Select(e => (JsonNode)ToJson(e))]).ToJsonString(Core.Output.EventRecordWriter.JsonOptions));
                break;
            case "geojson":
                writer.WriteLine(ToGeoJson(events).ToJsonString(Core.Output.EventRecordWriter.JsonOptions));
                break;
            default:
                throw new StoreException($"unknown export format '{format}' (expected {string.Join(", ", Formats)})");
        }
    }

    public static void WriteCsv(TextWriter writer, IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        writer.Write(string.Join(",", CsvColumns));
        writer.Write("\r\n");
        foreach (var e in events)
        {
            var row = CsvRow(e);
            writer.Write(string.Join(",", CsvColumns.Select(c => Quote(row.GetValueOrDefault(c) ?? string.Empty))));
            writer.Write("\r\n");
        }
    }

    /// <summary>One event as ACLED's columns. event_id_cnty is the ISO 3166 alpha-3 code plus the store's event id.</summary>
    public static Dictionary<string, string?> CsvRow(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var r = e.Record;
        var country = CountryOf(r);
        var row = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var column in CsvColumns)
        {
            row[column] = r[column] is JsonValue v ? Text(v) : null;
        }

        row["event_id_cnty"] = (country?.Iso3 ?? "XXX") + e.Id.ToString(CultureInfo.InvariantCulture);
        row["year"] = (r["event_date"]?.GetValue<string>() ?? string.Empty) is { Length: >= 4 } date ? date[..4] : string.Empty;
        row["region"] = country?.Region;
        row["admin3"] = string.Empty;
        row["source"] = string.Join("; ", e.Sources.Select(s => s.Source ?? s.Uri).Distinct(StringComparer.Ordinal));
        row["source_scale"] = string.Empty;
        row["tags"] = string.Empty;
        row["timestamp"] = e.UpdatedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return row;
    }

    public static JsonObject ToJson(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var json = new JsonObject { ["id"] = e.Id };
        foreach (var (field, value) in e.Record)
        {
            json[field] = value?.DeepClone();
        }

        json["sources"] = new JsonArray([.. e.Sources.Select(s => (JsonNode)new JsonObject
        {
            ["uri"] = s.Uri,
            ["title"] = s.Title,
            ["published"] = s.Published,
            ["evidence"] = s.Evidence.DeepClone(),
        })]);
        return json;
    }

    public static JsonObject ToGeoJson(IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var features = new JsonArray();
        foreach (var e in events)
        {
            var properties = new JsonObject { ["id"] = e.Id };
            foreach (var (field, value) in e.Record)
            {
                if (value is JsonValue)
                {
                    properties[field] = value.DeepClone();
                }
            }

            properties["sources"] = string.Join("; ", e.Sources.Select(s => s.Uri));
            var lat = e.Record["latitude"]?.GetValue<double>();
            var lon = e.Record["longitude"]?.GetValue<double>();
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = e.Id,
                ["geometry"] = lat is null || lon is null ? null : new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon.Value, lat.Value) },
                ["properties"] = properties,
            });
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }

    private static Country? CountryOf(JsonObject record)
    {
        var iso = record["iso"]?.GetValue<int>();
        return iso is null ? null : CountryCatalog.Default.All.FirstOrDefault(c => c.IsoNumeric == iso);
    }

    private static string? Text(JsonValue value) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
        System.Text.Json.JsonValueKind.Number => value.ToJsonString(),
        System.Text.Json.JsonValueKind.True => "true",
        System.Text.Json.JsonValueKind.False => "false",
        _ => null,
    };

    /// <summary>RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes.</summary>
    private static string Quote(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return field;
        }

        var sb = new StringBuilder(field.Length + 2).Append('"');
        sb.Append(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        return sb.Append('"').ToString();
    }
}
