using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Output;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Cli.Commands;

/// <summary><c>atlas places TEXT [--json]</c>: the places a text names and where the geocoder puts them.</summary>
public static class PlacesCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string>("TEXT") { Description = "The text itself (quote it)" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command("places", "Find and geocode the places of a text, with the reason for each choice") { text, json };
        command.SetAction(parse => Run(context, parse.GetValue(text)!, parse.GetValue(json)));
        return command;
    }

    public static int Run(CliContext context, string text, bool json)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = AtlasServices.Pipeline.Run(Document.Create(text));
        var places = document.Places.OrderBy(m => m.Span.Start).ToList();
        if (json)
        {
            var array = new JsonArray();
            foreach (var m in places)
            {
                array.Add(ToJson(m, m.Value, document.Text));
            }

            context.Out.WriteLine(array.ToJsonString(EventRecordWriter.JsonOptions));
            return 0;
        }

        if (places.Count == 0)
        {
            context.Out.WriteLine("no places found");
        }

        foreach (var m in places)
        {
            var p = m.Value;
            var where = p.Resolved is { } e
                ? string.Create(CultureInfo.InvariantCulture, $"{e.Name}, {e.Admin1 ?? "-"}, {CountryName(e.CountryIso2)} ({e.Latitude:0.####}, {e.Longitude:0.####}) precision {p.GeoPrecision}")
                : "unresolved";
            context.Out.WriteLine($"[{m.Span.Start}-{m.Span.End}] {m.Span.Of(document.Text)} -> {where}; {p.Reason}");
        }

        return 0;
    }

    private static JsonObject ToJson(Mention<PlaceMention> m, PlaceMention p, string text)
    {
        var e = p.Resolved;
        return new JsonObject
        {
            ["name"] = e?.Name,
            ["latitude"] = e?.Latitude,
            ["longitude"] = e?.Longitude,
            ["country"] = e is null ? null : CountryName(e.CountryIso2),
            ["iso2"] = e?.CountryIso2,
            ["admin1"] = e?.Admin1,
            ["admin2"] = e?.Admin2,
            ["geo_precision"] = e is null ? null : p.GeoPrecision,
            ["gazetteer_id"] = e?.Id,
            ["reason"] = p.Reason,
            ["span"] = new JsonObject { ["start"] = m.Span.Start, ["end"] = m.Span.End, ["text"] = m.Span.Of(text) },
        };
    }

    private static string CountryName(string iso2) => CountryCatalog.Default.ByIso2(iso2)?.Name ?? iso2;
}
