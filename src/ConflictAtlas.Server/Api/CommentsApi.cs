using System.Security.Claims;
using ConflictAtlas.Server.Api.Contracts;
using ConflictAtlas.Server.Auth;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Review;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConflictAtlas.Server.Api;

/// <summary>Discussion of events: anyone may comment (visitors' comments wait for an admin); only published comments
/// are listed, and no answer ever carries the commenter's email.</summary>
public static class CommentsApi
{
    public const int MaxNameLength = 100;

    /// <summary>RFC 5321's limit on an address.</summary>
    public const int MaxEmailLength = 254;

    public const int MaxCommentLength = 5_000;

    public const string HeldMessage = "Thank you. Your comment is held for moderation and will appear once an admin publishes it.";

    public static void MapCommentsApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var events = routes.MapGroup("/api/events/{id:long}/comments").WithTags("Comments");
        events.MapGet("", ListAsync).WithName("ListComments").WithSummary("The event's published comments, oldest first");
        events.MapPost("", PostAsync).WithName("PostComment").WithSummary("Comment on an event: {name, email, comment}, all required")
            .RequireRateLimiting(RateLimits.CommentsPolicy);

        var moderation = routes.MapGroup("/api/comments").WithTags("Comments").RequireAuthorization(AuthSchemes.AdminPolicy);
        moderation.MapGet("/pending", PendingAsync).WithName("PendingComments").WithSummary("The moderation queue, oldest first");
        moderation.MapPost("/{commentId:long}/publish", (long commentId, IEventStore store, CancellationToken ct) => ModerateAsync(commentId, CommentStatuses.Published, store, ct))
            .WithName("PublishComment").WithSummary("Publish a pending comment");
        moderation.MapPost("/{commentId:long}/reject", (long commentId, IEventStore store, CancellationToken ct) => ModerateAsync(commentId, CommentStatuses.Rejected, store, ct))
            .WithName("RejectComment").WithSummary("Reject a pending comment");
    }

    public static CommentDetail Detail(Comment comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return new CommentDetail(comment.Id, comment.EventId, comment.Name, comment.Body, comment.Status, comment.At);
    }

    public static async Task<Results<Ok<IReadOnlyList<CommentDetail>>, ProblemHttpResult>> ListAsync(long id, IEventStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (await store.GetEventAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such event", detail: $"there is no event {id}");
        }

        var comments = await store.CommentsAsync(id, CommentStatuses.Published, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<CommentDetail>>([.. comments.Select(Detail)]);
    }

    public static async Task<Results<Created<CommentPosted>, ValidationProblem, ProblemHttpResult>> PostAsync(
        long id, CommentRequest? request, ClaimsPrincipal user, IEventStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(store);
        var name = request?.Name?.Trim() ?? "";
        var email = request?.Email?.Trim() ?? "";
        var body = request?.Comment?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Require(errors, "name", name, MaxNameLength);
        Require(errors, "email", email, MaxEmailLength);
        Require(errors, "comment", body, MaxCommentLength);
        if (email.Length > 0 && !errors.ContainsKey("email") && !LooksLikeEmail(email))
        {
            errors["email"] = ["email is not an email address"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The comment is incomplete");
        }

        if (await store.GetEventAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such event", detail: $"there is no event {id}");
        }

        var signedIn = user.Identity?.IsAuthenticated == true;
        var status = signedIn ? CommentStatuses.Published : CommentStatuses.Pending;
        var comment = await store.AddCommentAsync(new NewComment(id, name, email, body, status), cancellationToken).ConfigureAwait(false);
        var message = signedIn ? "Your comment is published." : HeldMessage;
        return TypedResults.Created($"/api/events/{id}/comments", new CommentPosted(comment.Id, comment.Status, message));
    }

    public static async Task<Ok<IReadOnlyList<CommentDetail>>> PendingAsync(IEventStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var pending = await store.CommentsByStatusAsync(CommentStatuses.Pending, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<CommentDetail>>([.. pending.Select(Detail)]);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ModerateAsync(long commentId, string status, IEventStore store, CancellationToken cancellationToken) =>
        await store.ModerateCommentAsync(commentId, status, cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such pending comment", detail: $"there is no pending comment {commentId}");

    private static void Require(Dictionary<string, string[]> errors, string field, string value, int max)
    {
        if (value.Length == 0)
        {
            errors[field] = [$"{field} is required"];
        }
        else if (value.Length > max)
        {
            errors[field] = [$"{field} is longer than {max} characters"];
        }
    }

    /// <summary>Something@something.something with no spaces: enough to catch typing mistakes.</summary>
    private static bool LooksLikeEmail(string email)
    {
        var at = email.LastIndexOf('@');
        return at > 0 && at < email.Length - 1 && email.IndexOf('.', at) > at + 1 && !email.Any(char.IsWhiteSpace);
    }
}
