using ConflictAtlas.Server.Api.Contracts;
using ConflictAtlas.Server.Query;
using ConflictAtlas.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConflictAtlas.Server.Api;

/// <summary><c>/api/map</c>: the points of every matching event (up to <see cref="Limit"/>, newest first) in one
/// compact answer, so the dashboard's map draws the whole result rather than the table's page.</summary>
public static class MapApi
{
    /// <summary>Most points in one answer; past it the answer says so (<see cref="MapPoints.Truncated"/>) and the
    /// dashboard asks for a narrower filter or the map view.</summary>
    public const int Limit = 10_000;

    public static RouteGroupBuilder MapMapApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var group = routes.MapGroup("/api").WithTags("Events");
        group.MapGet("/map", GetAsync).WithName("MapPoints").WithSummary("The map points of the matching events, newest first, up to 10,000");
        return group;
    }

    public static async Task<Results<Ok<MapPoints>, ValidationProblem>> GetAsync([AsParameters] EventQueryParameters parameters, IEventStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(store);
        var (query, errors) = EventQueryParser.Parse(parameters.FilterPairs());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid event query");
        }

        var countLimit = Math.Max(Limit, EventSearch.CountLimitOf(query));
        var result = await store.SearchEventsAsync(EventSearch.ToFilter(query), EventSort.Default, 0, Limit, countLimit, cancellationToken).ConfigureAwait(false);
        var points = new List<MapPoint>(result.Events.Count);
        var unplaced = 0;
        foreach (var e in result.Events)
        {
            var r = e.Record;
            if (EventSearch.Number(r, "latitude") is not { } lat || EventSearch.Number(r, "longitude") is not { } lon)
            {
                unplaced++;
                continue;
            }

            points.Add(new MapPoint(e.Id, lat, lon, EventSearch.Str(r, "event_type"), EventSearch.Str(r, "sub_event_type"),
                EventSearch.Str(r, "location"), EventSearch.Str(r, "admin1"), EventSearch.Str(r, "country"), EventSearch.Str(r, "event_date"),
                EventSearch.Whole(r, "fatalities")));
        }

        var truncated = result.Total > result.Events.Count || !result.TotalIsExact;
        return TypedResults.Ok(new MapPoints((int)result.Total, result.TotalIsExact, truncated, unplaced, points));
    }
}
