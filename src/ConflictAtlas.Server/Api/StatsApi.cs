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
        var (query, errors) = EventQueryParser.Parse(parameters.FilterPairs());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid event query");
        }

        var aggregates = await store.AggregateAsync(EventSearch.ToFilter(query), EventSearch.StatsLimitOf(query), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ToStats(aggregates));
    }

    public static EventStats ToStats(EventAggregates aggregates)
    {
        ArgumentNullException.ThrowIfNull(aggregates);
        static List<StatsBucket> Buckets(IReadOnlyList<AggregateBucket> buckets) =>
            [.. buckets.Select(b => new StatsBucket(b.Key, (int)b.Events, (int)b.Fatalities))];
        return new EventStats((int)aggregates.Events, (int)aggregates.Fatalities, Buckets(aggregates.Weeks), Buckets(aggregates.Countries), Buckets(aggregates.EventTypes), aggregates.IsSample);
    }
}
