using System.Security.Claims;
using ConflictAtlas.Server.Api.Contracts;
using ConflictAtlas.Server.Auth;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConflictAtlas.Server.Api;

/// <summary><c>/api/session</c>: sign in with name and password (a cookie), see who is signed in, sign out.</summary>
public static class SessionApi
{
    public static RouteGroupBuilder MapSessionApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var group = routes.MapGroup("/api/session").WithTags("Session");
        group.MapGet("", Get).WithName("GetSession").WithSummary("Who is signed in, and the anti-forgery token for unsafe requests");
        group.MapPost("", SignInAsync).WithName("SignIn").WithSummary("Sign in with name and password (sets the session cookie)")
            .RequireRateLimiting(RateLimits.SignInPolicy);
        group.MapDelete("", (Delegate)SignOutAsync).WithName("SignOut").WithSummary("Sign out (ends the session on the server and clears its cookie)");
        return group;
    }

    public static Ok<SessionInfo> Get(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        return TypedResults.Ok(Describe(context, antiforgery));
    }

    public static async Task<Results<Ok<SessionInfo>, ValidationProblem, ProblemHttpResult>> SignInAsync(
        SignInRequest request, HttpContext context, IEventStore store, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(antiforgery);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["name"] = ["name is required"];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["password is required"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Cannot sign in");
        }

        var credentials = await store.FindCredentialsAsync(request.Name!, context.RequestAborted).ConfigureAwait(false);
        // An unknown name costs the same hashing as a wrong password, so timing does not tell which names exist.
        var matches = PasswordHasher.Verify(request.Password!, credentials?.PasswordHash ?? PasswordHasher.DummyHash) && credentials is not null;
        if (!matches)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Wrong name or password");
        }

        // The session lives on the server too: signing out deletes it, so a copy of the cookie stops working.
        var key = SessionStamp.NewSessionKey();
        await store.AddSessionAsync(SessionStamp.SessionDigest(key), credentials!.User.Id, context.RequestAborted).ConfigureAwait(false);
        var principal = Principals.For(credentials.User, AuthSchemes.Cookie, SessionStamp.Of(credentials.PasswordHash), key);
        await context.SignInAsync(AuthSchemes.Cookie, principal).ConfigureAwait(false);
        // The anti-forgery token is bound to the user, so the new one is made for the account just signed in.
        context.User = principal;
        return TypedResults.Ok(Describe(context, antiforgery));
    }

    public static async Task<NoContent> SignOutAsync(HttpContext context, IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        if (Principals.IsCookieSession(context.User) && context.User.FindFirstValue(SessionStamp.SessionClaimType) is { } key)
        {
            await store.EndSessionAsync(SessionStamp.SessionDigest(key), context.RequestAborted).ConfigureAwait(false);
        }

        await context.SignOutAsync(AuthSchemes.Cookie).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static SessionInfo Describe(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var user = context.User;
        return user.Identity?.IsAuthenticated == true
            ? new SessionInfo(true, user.Identity.Name, user.FindFirstValue(ClaimTypes.Role), tokens.RequestToken ?? "")
            : new SessionInfo(false, null, null, tokens.RequestToken ?? "");
    }
}
