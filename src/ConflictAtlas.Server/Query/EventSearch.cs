using System.Globalization;
using System.Text.Json.Nodes;
using ConflictAtlas.Storage;

namespace ConflictAtlas.Server.Query;

/// <summary>Runs an <see cref="EventQuery"/>: the country and date range are read by the store's indexed query,
/// the remaining filters, the sort and the page are applied here.</summary>
public static class EventSearch
{
    private static readonly string[] ActorFields = ["actor1", "actor2", "assoc_actor_1", "assoc_actor_2"];

    /// <summary>Every event matching the filters, sorted (paging is left to the caller).</summary>
    public static async Task<IReadOnlyList<StoredEvent>> FindAsync(IEventStore store, EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var events = await store.QueryEventsAsync(new EventFilter(query.Iso, query.From, query.To), cancellationToken).ConfigureAwait(false);
        return Sort(events.Where(e => Matches(e, query)), query.Sort);
    }

    public static bool Matches(StoredEvent e, EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(query);
        var r = e.Record;
        if (!Equal(r, "admin1", query.Admin1) || !Equal(r, "event_type", query.EventType) || !Equal(r, "sub_event_type", query.SubEventType))
        {
            return false;
        }

        if (query.MinFatalities is { } min && Whole(r, "fatalities") < min)
        {
            return false;
        }

        if (query.Actor is { } actor &&
            !ActorFields.Any(f => Contains(Str(r, f), actor)))
        {
            return false;
        }

        if (query.Bbox is { } box &&
            !(Number(r, "latitude") is { } lat && Number(r, "longitude") is { } lon && box.Contains(lon, lat)))
        {
            return false;
        }

        if (query.Text is { } text &&
            !(Contains(Str(r, "notes"), text) || Contains(Str(r, "location"), text) ||
              e.Sources.Any(s => Contains(s.Title, text) || Contains(s.Source, text) || Contains(s.Uri, text))))
        {
            return false;
        }

        return true;
    }

    public static IReadOnlyList<StoredEvent> Sort(IEnumerable<StoredEvent> events, EventSort sort)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(sort);
        IOrderedEnumerable<StoredEvent> ordered = sort.Field switch
        {
            "fatalities" => Order(events, e => Whole(e.Record, "fatalities"), sort.Descending),
            "country" => Order(events, e => Str(e.Record, "country") ?? string.Empty, sort.Descending, StringComparer.OrdinalIgnoreCase),
            "event_type" => Order(events, e => Str(e.Record, "event_type") ?? string.Empty, sort.Descending, StringComparer.OrdinalIgnoreCase),
            "location" => Order(events, e => Str(e.Record, "location") ?? string.Empty, sort.Descending, StringComparer.OrdinalIgnoreCase),
            "id" => Order(events, e => e.Id, sort.Descending),
            _ => Order(events, e => Str(e.Record, "event_date") ?? string.Empty, sort.Descending, StringComparer.Ordinal),
        };

        // Ties keep a stable order: newest id first when descending, oldest first otherwise.
        return [.. sort.Descending ? ordered.ThenByDescending(e => e.Id) : ordered.ThenBy(e => e.Id)];
    }

    public static string? Str(JsonObject record, string field)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    }

    public static int Whole(JsonObject record, string field)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record[field] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;
    }

    public static double? Number(JsonObject record, string field)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record[field] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;
    }

    /// <summary>The Monday of the ISO week of an event's date, or null without a date.</summary>
    public static DateOnly? WeekOf(JsonObject record)
    {
        if (Str(record, "event_date") is not { } text ||
            !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var offset = ((int)date.DayOfWeek + 6) % 7;
        return date.AddDays(-offset);
    }

    private static IOrderedEnumerable<StoredEvent> Order<TKey>(IEnumerable<StoredEvent> events, Func<StoredEvent, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? events.OrderByDescending(key, comparer) : events.OrderBy(key, comparer);

    private static bool Equal(JsonObject record, string field, string? wanted) =>
        wanted is null || string.Equals(Str(record, field), wanted, StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string? haystack, string needle) =>
        haystack is not null && haystack.Contains(needle, StringComparison.OrdinalIgnoreCase);
}
