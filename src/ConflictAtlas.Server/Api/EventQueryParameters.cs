using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace ConflictAtlas.Server.Api;

/// <summary>The query-string parameters of every event endpoint, as text: validation is
/// <see cref="Query.EventQueryParser"/>'s job, so a malformed value is a 400 naming the parameter.</summary>
public sealed record EventQueryParameters(
    [property: FromQuery(Name = "country")] string? Country,
    [property: FromQuery(Name = "iso")] string? Iso,
    [property: FromQuery(Name = "admin1")] string? Admin1,
    [property: FromQuery(Name = "event_type")] string? EventType,
    [property: FromQuery(Name = "sub_event_type")] string? SubEventType,
    [property: FromQuery(Name = "actor")] string? Actor,
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "bbox")] string? Bbox,
    [property: FromQuery(Name = "min_fatalities")] string? MinFatalities,
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "sort")] string? Sort,
    [property: FromQuery(Name = "page")] string? Page,
    [property: FromQuery(Name = "page_size")] string? PageSize,
    [property: FromQuery(Name = "review_state")] string? ReviewState = null,
    [property: FromQuery(Name = "min_confidence")] string? MinConfidence = null)
{
    public IEnumerable<KeyValuePair<string, StringValues>> ToPairs()
    {
        (string, string?)[] all =
        [
            ("country", Country), ("iso", Iso), ("admin1", Admin1), ("event_type", EventType), ("sub_event_type", SubEventType),
            ("actor", Actor), ("from", From), ("to", To), ("bbox", Bbox), ("min_fatalities", MinFatalities), ("q", Q),
            ("sort", Sort), ("page", Page), ("page_size", PageSize), ("review_state", ReviewState),
            ("min_confidence", MinConfidence),
        ];
        return all.Where(p => p.Item2 is not null).Select(p => new KeyValuePair<string, StringValues>(p.Item1, p.Item2));
    }

    /// <summary>The filters alone, without paging and sort: what summaries over the whole result (stats, map) read.</summary>
    public IEnumerable<KeyValuePair<string, StringValues>> FilterPairs() =>
        ToPairs().Where(p => p.Key is not ("page" or "page_size" or "sort"));
}
