using System.Globalization;
using System.Text.Json.Nodes;

namespace ConflictAtlas.Storage.Sql;

/// <summary>
/// The fields of a canonical event's record copied into columns of <c>canonical_events</c>, so that filters, sorts
/// and aggregates run on indexes instead of parsing every record. Written with the record, in the same statement.
/// </summary>
public sealed record EventColumns(
    string? Admin1,
    string? EventType,
    string? Actor1,
    string? Actor2,
    string? Location,
    double? Latitude,
    double? Longitude,
    string? Week,
    double? Confidence,
    string SearchText,
    IReadOnlyList<string> Actors)
{
    /// <summary>Joins the parts of <see cref="SearchText"/>: a line break, so a substring never spans two fields.</summary>
    public const string Separator = "\n";

    /// <summary>The record fields the actor filter reads (either side, and associated actors).</summary>
    public static IReadOnlyList<string> ActorFields { get; } = ["actor1", "actor2", "assoc_actor_1", "assoc_actor_2"];

    /// <summary>The columns of a record whose reports have the given titles, outlets and addresses.</summary>
    public static EventColumns From(JsonObject record, IEnumerable<(string? Title, string? Source, string Uri)> sources)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(sources);
        var parts = new List<string?> { Text(record, "notes"), Text(record, "location") };
        foreach (var (title, source, uri) in sources)
        {
            parts.AddRange([title, source, uri]);
        }

        var actors = ActorFields.Select(f => Text(record, f)).OfType<string>().Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return new EventColumns(
            Text(record, "admin1"), Text(record, "event_type"), Text(record, "actor1"), Text(record, "actor2"), Text(record, "location"),
            Number(record, "latitude"), Number(record, "longitude"), WeekOf(Text(record, "event_date")), Number(record, "confidence"),
            SearchTextOf(parts), actors);
    }

    /// <summary>The parts joined by <see cref="Separator"/>, without empty ones and without a part that another part
    /// holds (case ignored): a report stored from a file or a page with no outlet of its own has its address as its
    /// outlet, and a substring search finds the outlet inside the address anyway, so holding it twice would only
    /// grow the text index.</summary>
    public static string SearchTextOf(IEnumerable<string?> parts)
    {
        var present = parts.OfType<string>().Where(p => p.Length > 0).ToList();
        var kept = new List<string>(present.Count);
        for (var i = 0; i < present.Count; i++)
        {
            var part = present[i];
            var heldElsewhere = present.Select((other, j) => (other, j)).Any(o => o.j != i &&
                (o.other.Length > part.Length || (o.other.Length == part.Length && o.j < i)) &&
                o.other.Contains(part, StringComparison.OrdinalIgnoreCase));
            if (!heldElsewhere)
            {
                kept.Add(part);
            }
        }

        return string.Join(Separator, kept);
    }

    /// <summary>The Monday of the ISO week of a YYYY-MM-DD date, in the same form; null for no date or a malformed one.</summary>
    public static string? WeekOf(string? date)
    {
        if (date is null || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string? Text(JsonObject record, string field) =>
        record[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static double? Number(JsonObject record, string field) =>
        record[field] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;
}
