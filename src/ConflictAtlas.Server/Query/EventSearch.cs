using System.Text.Json.Nodes;
using ConflictAtlas.Storage;

namespace ConflictAtlas.Server.Query;

/// <summary>Runs an <see cref="EventQuery"/> on the store, which applies every filter, the sort and the page in SQL;
/// also the readers of record fields the responses use.</summary>
public static class EventSearch
{
    /// <summary>Counting the matches of a page stops here: beyond it the total is reported as "at least".
    /// A count walks every matching index entry; ten thousand keep the count of a broad filter within a few milliseconds.</summary>
    public const int CountLimit = 10_000;

    /// <summary>The count limit when the query has a text filter. A text match is tested against the other filters
    /// event by event, so a count costs a row read per match: a thousand keep a common phrase with a country within
    /// the page's time budget.</summary>
    public const int TextCountLimit = 1_000;

    /// <summary>The store filter of a query (everything but sort and page).</summary>
    public static EventFilter ToFilter(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new EventFilter(query.Iso, query.From, query.To)
        {
            Admin1 = query.Admin1,
            EventType = query.EventType,
            SubEventType = query.SubEventType,
            Actor = query.Actor,
            Bbox = query.Bbox,
            MinFatalities = query.MinFatalities,
            MinConfidence = query.MinConfidence,
            Text = query.Text,
            ReviewState = query.ReviewState,
        };
    }

    /// <summary>The query's page, with the number of matches counted up to <see cref="CountLimit"/>
    /// (<see cref="TextCountLimit"/> with a text filter).</summary>
    public static Task<EventSearchResult> PageAsync(IEventStore store, EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var offset = (int)Math.Min(int.MaxValue, (long)(query.Page - 1) * query.PageSize);
        return store.SearchEventsAsync(ToFilter(query), query.Sort, offset, query.PageSize, CountLimitOf(query), cancellationToken);
    }

    /// <summary>With a text filter, statistics cover at most this many matching events, the newest; the response says
    /// when it is such a sample. Each text match is tested against the other filters with a row read, so grouping
    /// every match of a common word (70,000 of a million events) takes close to a second, a thousand about 0.1 s.</summary>
    public const int TextStatsLimit = 1_000;

    /// <summary>How many of the newest matching events the statistics of <paramref name="query"/> cover (0: all).</summary>
    public static int StatsLimitOf(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Text is null ? 0 : TextStatsLimit;
    }

    /// <summary>Where counting the matches of <paramref name="query"/> stops.</summary>
    public static int CountLimitOf(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Text is null ? CountLimit : TextCountLimit;
    }

    /// <summary>Every event matching the filters, sorted (for the exports).</summary>
    public static async Task<IReadOnlyList<StoredEvent>> FindAsync(IEventStore store, EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var result = await store.SearchEventsAsync(ToFilter(query), query.Sort, 0, int.MaxValue, 0, cancellationToken).ConfigureAwait(false);
        return result.Events;
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

}
