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

    public static Task<IResult> CsvAsync([AsParameters] EventQueryParameters parameters, IEventStore store, CancellationToken cancellationToken) =>
        ExportAsync(parameters, store, "text/csv; charset=utf-8", "events.csv", (writer, events) => EventExporter.WriteCsv(writer, events), cancellationToken);

    public static Task<IResult> GeoJsonAsync([AsParameters] EventQueryParameters parameters, IEventStore store, CancellationToken cancellationToken) =>
        ExportAsync(parameters, store, "application/geo+json; charset=utf-8", "events.geojson", (writer, events) => EventExporter.Write(writer, "geojson", events), cancellationToken);

    public static Task<IResult> AtomAsync([AsParameters] EventQueryParameters parameters, IEventStore store, HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var baseUri = new Uri($"{request.Scheme}://{request.Host}/");
        return ExportAsync(parameters, store, "application/atom+xml; charset=utf-8", null, (writer, events) => AtomFeedWriter.Write(writer, baseUri, events), cancellationToken);
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

    private static async Task<IResult> ExportAsync(EventQueryParameters parameters, IEventStore store, string contentType, string? fileName, Action<TextWriter, IReadOnlyList<StoredEvent>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (query, errors) = EventQueryParser.Parse(parameters.ToPairs().Where(p => p.Key is not ("page" or "page_size")));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid event query");
        }

        var events = await EventSearch.FindAsync(store, query, cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
        {
            write(writer, events);
        }

        var result = TypedResults.Bytes(buffer.ToArray(), contentType);
        return fileName is null ? result : new AttachmentResult(result, fileName);
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
