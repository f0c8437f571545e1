namespace ConflictAtlas.Storage.Sql;

/// <summary>Adds up events and fatalities per week, country and event type from cells (all three keys at once) or
/// from one breakdown at a time; a missing key counts under <c>unknown</c>.</summary>
public sealed class AggregateSums
{
    private const string Unknown = "unknown";

    private readonly Dictionary<string, Dictionary<string, (long Events, long Fatalities)>> _breakdowns = new(StringComparer.Ordinal)
    {
        ["week"] = new(StringComparer.Ordinal),
        ["country"] = new(StringComparer.Ordinal),
        ["event_type"] = new(StringComparer.Ordinal),
    };

    /// <summary>Adds one cell: events of one week, country and type.</summary>
    public void AddCell(string? week, string? country, string? eventType, long events, long fatalities)
    {
        Add("week", week, events, fatalities);
        Add("country", country, events, fatalities);
        Add("event_type", eventType, events, fatalities);
    }

    /// <summary>Adds to one breakdown (<c>week</c>, <c>country</c> or <c>event_type</c>) only.</summary>
    public void Add(string breakdown, string? key, long events, long fatalities)
    {
        var buckets = _breakdowns[breakdown];
        var k = key ?? Unknown;
        var (n, f) = buckets.GetValueOrDefault(k);
        buckets[k] = (n + events, f + fatalities);
    }

    public EventAggregates ToAggregates(bool isSample = false)
    {
        List<AggregateBucket> Of(string breakdown) =>
        [
            .. _breakdowns[breakdown].Where(b => b.Value.Events != 0)
                .Select(b => new AggregateBucket(b.Key, b.Value.Events, b.Value.Fatalities))
                .OrderBy(b => b.Key, StringComparer.Ordinal),
        ];
        var weeks = Of("week");
        return new EventAggregates(weeks.Sum(b => b.Events), weeks.Sum(b => b.Fatalities), weeks, Of("country"), Of("event_type"), isSample);
    }
}
