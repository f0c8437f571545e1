using ConflictAtlas.Server.Api.Contracts;
using ConflictAtlas.Server.Auth;
using ConflictAtlas.Server.Documents;
using ConflictAtlas.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConflictAtlas.Server.Api;

/// <summary><c>POST /api/documents</c>: signed-in users add a report (text, HTML or a URL to fetch); it is coded and
/// merged like any ingested report.</summary>
public static class DocumentsApi
{
    public static RouteHandlerBuilder MapDocumentsApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes.MapPost("/api/documents", PostAsync).WithTags("Documents").WithName("PostDocument")
            .WithSummary("Code and store a report: {text} or {html, url} or {url}")
            .RequireAuthorization(AuthSchemes.ReviewerPolicy)
            .RequireRateLimiting(RateLimits.DocumentsPolicy);
    }

    public static async Task<Results<Created<DocumentStored>, Ok<DocumentStored>, ValidationProblem>> PostAsync(
        DocumentRequest? request, DocumentIntake intake, IEventStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(store);
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Cannot read this document");
        }

        var (saved, error) = request!.Text is { Length: > 0 } text
            ? await intake.IngestContentAsync(text, isHtml: false, request.Url, request.Published, request.Source, cancellationToken).ConfigureAwait(false)
            : request.Html is { Length: > 0 } html
                ? await intake.IngestContentAsync(html, isHtml: true, request.Url, request.Published, request.Source, cancellationToken).ConfigureAwait(false)
                : await intake.IngestUrlAsync(request.Url!, request.Published, request.Source, cancellationToken).ConfigureAwait(false);
        if (saved is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["document"] = [error ?? "cannot be read"] }, title: "Cannot read this document");
        }

        var events = await store.EventIdsOfDocumentAsync(saved.DocumentId, cancellationToken).ConfigureAwait(false);
        var body = new DocumentStored(saved.DocumentId, saved.Outcome.ToString().ToLowerInvariant(), events);
        return saved.Outcome == SaveOutcome.Duplicate ? TypedResults.Ok(body) : TypedResults.Created($"/api/documents/{saved.DocumentId}", body);
    }

    private static Dictionary<string, string[]> Validate(DocumentRequest? request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request is null || (string.IsNullOrWhiteSpace(request.Text) && string.IsNullOrWhiteSpace(request.Html) && string.IsNullOrWhiteSpace(request.Url)))
        {
            errors["document"] = ["give text, html (with its url if known) or a url to fetch"];
            return errors;
        }

        if (!string.IsNullOrEmpty(request.Text) && !string.IsNullOrEmpty(request.Html))
        {
            errors["document"] = ["give text or html, not both"];
        }

        foreach (var (field, value) in new[] { ("text", request.Text), ("html", request.Html) })
        {
            if (value is { Length: > DocumentIntake.MaxChars })
            {
                errors[field] = [$"{field} is over {DocumentIntake.MaxChars:N0} characters"];
            }
            else if (value is not null && value.Length > 0 && string.IsNullOrWhiteSpace(value))
            {
                errors[field] = [$"{field} is empty"];
            }
        }

        if (request.Url is { Length: > 0 } url &&
            (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            errors["url"] = ["url must be an absolute http or https address"];
        }

        if (request.Published is { Length: > 0 } published &&
            !DateOnly.TryParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            errors["published"] = ["published must be YYYY-MM-DD"];
        }

        return errors;
    }
}
