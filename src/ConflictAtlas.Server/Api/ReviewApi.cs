using System.Security.Claims;
using ConflictAtlas.Server.Api.Contracts;
using ConflictAtlas.Server.Auth;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Review;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConflictAtlas.Server.Api;

/// <summary>Reviewers' actions on an event: confirm, reject, correct, merge, split. Each is a revision in the event's
/// history; each answers with the event as it now is.</summary>
public static class ReviewApi
{
    /// <summary>Longest reason kept in a revision.</summary>
    public const int MaxReasonLength = 2_000;

    public static RouteGroupBuilder MapReviewApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var group = routes.MapGroup("/api/events/{id:long}").WithTags("Review").RequireAuthorization(AuthSchemes.ReviewerPolicy);
        group.MapPost("/confirm", ConfirmAsync).WithName("ConfirmEvent").WithSummary("Confirm the event as coded (reason optional)");
        group.MapPost("/reject", RejectAsync).WithName("RejectEvent").WithSummary("Reject the event (reason required)");
        group.MapPost("/correct", CorrectAsync).WithName("CorrectEvent").WithSummary("Correct contract fields: {fields: {name: value}, reason}");
        group.MapPost("/merge", MergeAsync).WithName("MergeEvent").WithSummary("Merge another event into this one: {other_id, reason}");
        group.MapPost("/split", SplitAsync).WithName("SplitEvent").WithSummary("Move one source into a new event: {atom_id, reason}");
        return group;
    }

    public static Task<IResult> ConfirmAsync(long id, ReviewRequest? request, ClaimsPrincipal user, IEventStore store, CancellationToken cancellationToken) =>
        RunAsync(id, request, reasonRequired: false, store, errors => { },
            (s, why) => s.SetReviewStateAsync(id, ReviewStates.Confirmed, "confirm", Who(user), why ?? "confirmed as coded", cancellationToken), cancellationToken);

    public static Task<IResult> RejectAsync(long id, ReviewRequest? request, ClaimsPrincipal user, IEventStore store, CancellationToken cancellationToken) =>
        RunAsync(id, request, reasonRequired: true, store, errors => { },
            (s, why) => s.SetReviewStateAsync(id, ReviewStates.Rejected, "reject", Who(user), why!, cancellationToken), cancellationToken);

    public static Task<IResult> CorrectAsync(long id, ReviewRequest? request, ClaimsPrincipal user, IEventStore store, CancellationToken cancellationToken)
    {
        var (values, fieldErrors) = ContractFields.Default.Validate(request?.Fields);
        return RunAsync(id, request, reasonRequired: true, store,
            errors =>
            {
                foreach (var (field, messages) in fieldErrors)
                {
                    errors[field == "fields" ? "fields" : "fields." + field] = messages;
                }
            },
            (s, why) => s.CorrectAsync(id, values, Who(user), why!, cancellationToken), cancellationToken);
    }

    public static Task<IResult> MergeAsync(long id, ReviewRequest? request, ClaimsPrincipal user, IEventStore store, CancellationToken cancellationToken) =>
        RunAsync(id, request, reasonRequired: true, store,
            errors =>
            {
                if (request?.OtherId is null)
                {
                    errors["other_id"] = ["other_id (the event to merge into this one) is required"];
                }
            },
            (s, why) => s.MergeAsync(id, request!.OtherId!.Value, Who(user), why!, cancellationToken), cancellationToken);

    public static Task<IResult> SplitAsync(long id, ReviewRequest? request, ClaimsPrincipal user, IEventStore store, CancellationToken cancellationToken) =>
        RunAsync(id, request, reasonRequired: true, store,
            errors =>
            {
                if (request?.AtomId is null)
                {
                    errors["atom_id"] = ["atom_id (the source to move into a new event) is required"];
                }
            },
            (s, why) => s.SplitAsync(id, request!.AtomId!.Value, Who(user), why!, cancellationToken), cancellationToken);

    /// <summary>Checks the reason and the action's own fields (400), the event (404), runs the action (409 when it
    /// does not apply) and answers with the event.</summary>
    private static async Task<IResult> RunAsync(
        long id, ReviewRequest? request, bool reasonRequired, IEventStore store,
        Action<Dictionary<string, string[]>> validate, Func<IEventStore, string?, Task> action, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var reason = request?.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            reason = null;
            if (reasonRequired)
            {
                errors["reason"] = ["reason is required"];
            }
        }
        else if (reason.Length > MaxReasonLength)
        {
            errors["reason"] = [$"reason is longer than {MaxReasonLength} characters"];
        }

        validate(errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid review action");
        }

        if (await store.GetEventAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such event", detail: $"there is no event {id}");
        }

        try
        {
            await action(store, reason).ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The action does not apply to this event", detail: ex.Message);
        }

        return (IResult)(await EventsApi.GetAsync(id, store, cancellationToken).ConfigureAwait(false)).Result;
    }

    private static string Who(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
