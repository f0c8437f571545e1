using System.Globalization;
using ConflictAtlas.Server.Api.Contracts;
using ConflictAtlas.Server.Query;
using ConflictAtlas.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConflictAtlas.Server.Api;

/// <summary><c>/api/stats</c>: events and fatalities per ISO week, country and event type, over the same filters.</summary>
public static class StatsApi
{
    public static RouteGroupBuilder MapStatsApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var group = routes.MapGroup("/api").WithTags("Statistics");
        group.MapGet("/stats", GetAsync).WithName("Stats").WithSummary("Events and fatalities per week, country and event type");
        return group;
    }

    public static async Task<Results<Ok<EventStats>, ValidationProblem>> GetAsync([AsParameters] EventQueryParameters parameters, IEventStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (query, errors) = EventQueryParser.Parse(parameters.ToPairs().Where(p => p.Key is not ("page" or "page_size" or "sort")));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid event query");
        }

        var events = await EventSearch.FindAsync(store, query, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(Compute(events));
    }

    public static EventStats Compute(IReadOnlyList<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        static List<StatsBucket> By(IEnumerable<StoredEvent> events, Func<StoredEvent, string?> key) =>
        [
            .. events.GroupBy(e => key(e) ?? "unknown", StringComparer.Ordinal)
                .Select(g => new StatsBucket(g.Key, g.Count(), g.Sum(e => EventSearch.Whole(e.Record, "fatalities"))))
                .OrderBy(b => b.Key, StringComparer.Ordinal),
        ];

        var weeks = By(events, e => EventSearch.WeekOf(e.Record)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var countries = By(events, e => EventSearch.Str(e.Record, "country"));
        var types = By(events, e => EventSearch.Str(e.Record, "event_type"));
        return new EventStats(events.Count, events.Sum(e => EventSearch.Whole(e.Record, "fatalities")), weeks, countries, types);
    }
}
