using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictAtlas.Server.Api.Contracts;
using ConflictAtlas.Server.Feeds;
using ConflictAtlas.Server.Query;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Export;
using ConflictAtlas.Storage.Review;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConflictAtlas.Server.Api;

/// <summary><c>/api/events</c>: the filtered list (JSON page, CSV, GeoJSON, Atom) and one event in full.</summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var group = routes.MapGroup("/api").WithTags("Events");
        group.MapGet("/events", ListAsync).WithName("ListEvents").WithSummary("Events matching ACLED-style filters, one page at a time");
        group.MapGet("/events/{id:long}", GetAsync).WithName("GetEvent").WithSummary("One event with its sources, evidence, claims and revisions");
        group.MapGet("/events.csv", CsvAsync).WithName("ExportCsv").WithSummary("The filtered events in ACLED's CSV columns and order");
        group.MapGet("/events.geojson", GeoJsonAsync).WithName("ExportGeoJson").WithSummary("The filtered events as a GeoJSON FeatureCollection");
        group.MapGet("/events.atom", AtomAsync).WithName("ExportAtom").WithSummary("The filtered events as an Atom feed, newest first");
        return group;
    }

    public static async Task<Results<Ok<EventPage>, ValidationProblem>> ListAsync([AsParameters] EventQueryParameters parameters, IEventStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (query, errors) = EventQueryParser.Parse(parameters.ToPairs());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid event query");
        }

        var result = await EventSearch.PageAsync(store, query, cancellationToken).ConfigureAwait(false);
        var items = result.Events.Select(Summarize).ToList();
        return TypedResults.Ok(new EventPage(query.Page, query.PageSize, (int)result.Total, query.Sort.ToString(), items, result.TotalIsExact));
    }

    public static async Task<Results<Ok<EventDetail>, ProblemHttpResult>> GetAsync(long id, IEventStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var e = await store.GetEventAsync(id, cancellationToken).ConfigureAwait(false);
        if (e is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such event", detail: $"there is no event {id}");
        }

        var sources = new List<SourceDetail>();
        foreach (var s in e.Sources)
        {
            var document = await store.GetDocumentAsync(s.DocumentId, cancellationToken).ConfigureAwait(false);
            sources.Add(new SourceDetail(s.AtomId, s.DocumentId, s.Uri, s.Title, s.Published, s.Source, document?.Text, s.Evidence, ParseJson(document?.RemovedJson)));
        }

        var revisions = (await store.RevisionsAsync(id, cancellationToken).ConfigureAwait(false))
            .Select(r => new RevisionDetail(r.Id, r.At, r.Who, r.Action, ParseJson(r.What), r.Why)).ToList();
        var comments = (await store.CommentsAsync(id, CommentStatuses.Published, cancellationToken).ConfigureAwait(false)).Select(CommentsApi.Detail).ToList();
        return TypedResults.Ok(new EventDetail(e.Id, e.Status, e.UpdatedAt, e.Record, sources, revisions, e.ReviewState, comments));
    }

    public static Task CsvAsync([AsParameters] EventQueryParameters parameters, IEventStore store, ServerOptions options, HttpContext http) =>
        ExportAsync(parameters, store, options, http, "csv", "text/csv; charset=utf-8", "events.csv");

    public static Task GeoJsonAsync([AsParameters] EventQueryParameters parameters, IEventStore store, ServerOptions options, HttpContext http) =>
        ExportAsync(parameters, store, options, http, "geojson", "application/geo+json; charset=utf-8", "events.geojson");

    /// <summary>The newest <see cref="AtomFeedWriter.MaxEntries"/> changes, read in that order from the store (which
    /// stops there): links are absolute under <see cref="ServerOptions.PublicBaseUrl"/> when it is set, otherwise
    /// relative to the server's root; the request's Host header is never used.</summary>
    public static async Task AtomAsync([AsParameters] EventQueryParameters parameters, IEventStore store, ServerOptions options, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        if (await ParseExportAsync(parameters, http).ConfigureAwait(false) is not { } query)
        {
            return;
        }

        var entries = new List<StoredEvent>(AtomFeedWriter.MaxEntries);
        await foreach (var e in store.StreamEventsAsync(EventSearch.ToFilter(query), EventSort.LatestChange, 0, AtomFeedWriter.MaxEntries, http.RequestAborted).ConfigureAwait(false))
        {
            entries.Add(e);
        }

        http.Response.ContentType = "application/atom+xml; charset=utf-8";
        await using var writer = new StreamWriter(http.Response.Body, Utf8, bufferSize: 1 << 16);
        var xml = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        AtomFeedWriter.Write(xml, options.PublicBaseUrl, entries);
        await writer.WriteAsync(xml.ToString()).ConfigureAwait(false);
    }

    public static EventSummary Summarize(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var r = e.Record;
        return new EventSummary(
            e.Id, EventSearch.Str(r, "event_date"), EventSearch.Str(r, "event_type"), EventSearch.Str(r, "sub_event_type"),
            EventSearch.Str(r, "actor1"), EventSearch.Str(r, "actor2"), EventSearch.Str(r, "country"),
            r["iso"] is JsonValue iso && iso.TryGetValue<int>(out var n) ? n : null,
            EventSearch.Str(r, "admin1"), EventSearch.Str(r, "location"), EventSearch.Number(r, "latitude"), EventSearch.Number(r, "longitude"),
            EventSearch.Whole(r, "fatalities"), EventSearch.Str(r, "notes"), e.Sources.Count);
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Streams the matching events in <paramref name="format"/> straight to the response, a batch at a time
    /// from the store, so the server's memory does not grow with the number of events. Callers who are not signed in
    /// (and anyone asking for a <c>page</c>) get pages of <see cref="ServerOptions.ExportPageRows"/> rows, the next page
    /// named in the <c>Link</c> header; signed-in callers and API tokens get every match.</summary>
    private static async Task ExportAsync(EventQueryParameters parameters, IEventStore store, ServerOptions options, HttpContext http, string format, string contentType, string fileName)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var rows = Math.Max(1, options.ExportPageRows);
        ArgumentNullException.ThrowIfNull(http);
        if (await ParseExportAsync(parameters, http).ConfigureAwait(false) is not { } query)
        {
            return;
        }

        var filter = EventSearch.ToFilter(query);
        var (offset, limit) = (0, int.MaxValue);
        if (http.User.Identity?.IsAuthenticated != true || parameters.Page is not null)
        {
            offset = (int)Math.Min(int.MaxValue - rows, (long)(query.Page - 1) * rows);
            limit = rows;
            // Counting stops one past this page: more matches mean a next page.
            var counted = await store.SearchEventsAsync(filter, query.Sort, 0, 0, offset + limit, http.RequestAborted).ConfigureAwait(false);
            http.Response.Headers["X-Export-Page"] = query.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!counted.TotalIsExact)
            {
                http.Response.Headers.Link = $"<{NextPage(http.Request, query.Page + 1)}>; rel=\"next\"";
            }
        }

        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(http.Response.Body, Utf8, bufferSize: 1 << 16);
        await EventExporter.WriteAsync(writer, format, store.StreamEventsAsync(filter, query.Sort, offset, limit, http.RequestAborted), http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The export's query without paging, or null after writing the 400 problem that names each bad parameter.</summary>
    private static async Task<EventQuery?> ParseExportAsync(EventQueryParameters parameters, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (query, errors) = EventQueryParser.Parse(parameters.ToPairs().Where(p => p.Key is not "page_size"));
        if (errors.Count == 0)
        {
            return query;
        }

        await TypedResults.ValidationProblem(errors, title: "Invalid event query").ExecuteAsync(http).ConfigureAwait(false);
        return null;
    }

    /// <summary>The request's own path and query with <c>page</c> set to <paramref name="page"/> (relative to the server).</summary>
    private static string NextPage(HttpRequest request, int page)
    {
        var pairs = request.Query.Where(p => !p.Key.Equals("page", StringComparison.OrdinalIgnoreCase))
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()))
            .Append(new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return request.PathBase + request.Path + Microsoft.AspNetCore.Http.QueryString.Create(pairs);
    }

    private static JsonNode? ParseJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}
