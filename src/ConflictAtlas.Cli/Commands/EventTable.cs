using System.Globalization;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Cli.Commands;

/// <summary>A readable plain-text table of a document's events, one block per event with its evidence.</summary>
public static class EventTable
{
    public static void Write(TextWriter output, Document document)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        var title = document.Metadata.Title ?? document.Metadata.Source ?? document.Id;
        output.WriteLine($"{title}");
        output.WriteLine($"  {document.Events.Length} event(s); {document.Removed.Length} segment(s) removed as boilerplate");
        var n = 0;
        foreach (var e in document.Events)
        {
            n++;
            output.WriteLine();
            output.WriteLine($"  [{n}] {e.Date?.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  {e.Class.Value.EventType} / {e.Class.Value.SubEventType}");
            Row(output, "actor1", e.Actor1?.Value.Name, e.Actor1?.Spans, document);
            Row(output, "actor2", e.Actor2?.Value.Name, e.Actor2?.Spans, document);
            var p = e.Place?.Value;
            Row(output, "location", p is null ? null : $"{p.Name}, {p.Admin1}, {p.Country} ({p.Latitude.ToString("0.####", CultureInfo.InvariantCulture)}, {p.Longitude.ToString("0.####", CultureInfo.InvariantCulture)}) precision {p.GeoPrecision}", e.Place?.Spans, document);
            Row(output, "fatalities", e.Fatalities is null ? "0" : $"{e.Fatalities.Value.Best} (range {e.Fatalities.Value.Low}-{e.Fatalities.Value.High})", e.Fatalities?.Spans, document);
            Row(output, "trigger", e.Trigger.Value, e.Trigger.Spans, document);
            output.WriteLine($"    {"confidence",-11} {e.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}");
        }
    }

    private static void Row(TextWriter output, string field, string? value, IEnumerable<TextSpan>? spans, Document document)
    {
        var evidence = spans is null ? string.Empty : "  <- " + string.Join(" | ", spans.Take(3).Select(s => $"\"{document.TextOf(s)}\" [{s.Start},{s.End})"));
        output.WriteLine($"    {field,-11} {(string.IsNullOrEmpty(value) ? "-" : value)}{evidence}");
    }
}
