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

    /// <summary>Writes the events in <paramref name="format"/> one at a time as they arrive, so memory stays that of
    /// one event whatever their number; returns how many were written.</summary>
    public static async Task<long> WriteAsync(TextWriter writer, string format, IAsyncEnumerable<StoredEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        var (head, separator, tail, item) = format switch
        {
            "csv" => (string.Join(",", CsvColumns) + "\r\n", string.Empty, string.Empty, (Func<StoredEvent, string>)(e => CsvLine(e) + "\r\n")),
            "json" => ("[\n", ",\n", "\n]\n", e => ToJson(e).ToJsonString(Core.Output.EventRecordWriter.JsonOptions)),
            "geojson" => ("{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\n", ",\n", "\n  ]\n}\n", e => ToFeature(e).ToJsonString(Core.Output.EventRecordWriter.JsonOptions)),
            _ => throw new StoreException($"unknown export format '{format}' (expected {string.Join(", ", Formats)})"),
        };
        await writer.WriteAsync(head).ConfigureAwait(false);
        long count = 0;
        await foreach (var e in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (count++ > 0)
            {
                await writer.WriteAsync(separator).ConfigureAwait(false);
            }

            await writer.WriteAsync(item(e)).ConfigureAwait(false);
        }

        await writer.WriteAsync(tail).ConfigureAwait(false);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>As <see cref="WriteAsync"/>, for events already in memory.</summary>
    public static void Write(TextWriter writer, string format, IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        WriteAsync(writer, format, events.ToAsyncEnumerable()).GetAwaiter().GetResult();
    }

    public static void WriteCsv(TextWriter writer, IEnumerable<StoredEvent> events) => Write(writer, "csv", events);

    /// <summary>One event as a CSV line (without its line break): RFC 4180 quoting, and every text cell that a
    /// spreadsheet would run as a formula neutralised (<see cref="Neutralise"/>).</summary>
    public static string CsvLine(StoredEvent e)
    {
        var row = CsvRow(e);
        return string.Join(",", CsvColumns.Select(c => Quote(Neutralise(row.GetValueOrDefault(c) ?? string.Empty))));
    }

    /// <summary>A cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is a formula to
    /// Excel, LibreOffice and Google Sheets (CSV injection, OWASP): such a cell gets a leading apostrophe, which makes
    /// it text. Numbers (a negative longitude) are left as they are.</summary>
    public static string Neutralise(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Length == 0 || cell[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return cell;
        }

        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? cell : "'" + cell;
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
        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = new JsonArray([.. events.Select(e => (JsonNode)ToFeature(e))]) };
    }

    /// <summary>One event as a GeoJSON Feature: a point at (longitude, latitude), the record's plain fields as properties.</summary>
    public static JsonObject ToFeature(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
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
        return new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = e.Id,
            ["geometry"] = lat is null || lon is null ? null : new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon.Value, lat.Value) },
            ["properties"] = properties,
        };
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
