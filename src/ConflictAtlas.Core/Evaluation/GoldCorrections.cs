using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Evaluation;

/// <summary>
/// Corrections to a corpus's gold that evaluation applies on reading (a TSV file: report id, event, field, value,
/// reason). The event is the index of the event in the gold file's <c>events</c>, or <c>optional N</c> for
/// <c>optional_events</c>; the value is read as JSON when it parses (<c>12</c>, <c>null</c>, <c>["a","b"]</c>) and as
/// a plain string otherwise. Every correction carries its reason; one that names no gold event is reported, not
/// silently dropped.
/// </summary>
public sealed class GoldCorrections
{
    private const string OptionalPrefix = "optional";

    private readonly HashSet<Correction> _applied = [];

    public GoldCorrections(IReadOnlyList<Correction> entries) => Entries = entries;

    /// <summary>One correction: <paramref name="Event"/> is "N" or "optional N".</summary>
    public sealed record Correction(string Id, string Event, string Field, string Value, string Reason);

    public static GoldCorrections None { get; } = new([]);

    public IReadOnlyList<Correction> Entries { get; }

    /// <summary>The corrections applied so far (each counted once however often its report was read).</summary>
    public int AppliedCount => _applied.Count;

    /// <summary>The corrections that have named no gold event so far.</summary>
    public IEnumerable<Correction> Unapplied => Entries.Where(e => !_applied.Contains(e));

    /// <summary>Reads a corrections file; lines starting with <c>#</c> are comments. Throws on a row without all five columns.</summary>
    public static GoldCorrections Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        var entries = new List<Correction>();
        foreach (var row in ResourceFile.ParseRows(reader))
        {
            if (row.Length < 5 || row.Take(5).Any(string.IsNullOrWhiteSpace))
            {
                throw new FormatException($"{path}: a correction needs id, event, field, value and reason: '{string.Join('\t', row)}'");
            }

            entries.Add(new Correction(row[0].Trim(), row[1].Trim(), row[2].Trim(), row[3].Trim(), row[4].Trim()));
        }

        return new GoldCorrections(entries);
    }

    /// <summary>Applies the corrections of report <paramref name="id"/> to its gold file's JSON.</summary>
    public void Apply(string id, JsonObject gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        foreach (var c in Entries.Where(e => string.Equals(e.Id, id, StringComparison.Ordinal)))
        {
            var optional = c.Event.StartsWith(OptionalPrefix, StringComparison.Ordinal);
            var indexText = optional ? c.Event[OptionalPrefix.Length..].Trim() : c.Event;
            var events = gold[optional ? "optional_events" : "events"] as JsonArray;
            if (!int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || events is null ||
                index >= events.Count || events[index] is not JsonObject target)
            {
                continue;
            }

            target[c.Field] = Value(c.Value);
            _applied.Add(c);
        }
    }

    private static JsonNode? Value(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
