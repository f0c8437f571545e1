using System.Threading.RateLimiting;
using ConflictAtlas.Storage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace ConflictAtlas.Server.Auth;

/// <summary>Registers sign-in (cookie and bearer), the role policies, anti-forgery and the rate limits.</summary>
public static class AuthServices
{
    /// <summary>How long a dashboard session lasts without activity.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddAtlasAuth(this IServiceCollection services, int maxParallelDocuments = ServerOptions.DefaultMaxParallelDocuments)
    {
        services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, AuthSchemes.Default, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith(AuthSchemes.Bearer + " ", StringComparison.OrdinalIgnoreCase)
                    ? AuthSchemes.Bearer : AuthSchemes.Cookie)
            .AddCookie(AuthSchemes.Cookie, o =>
            {
                o.Cookie.Name = "atlas.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = SessionLifetime;
                o.SlidingExpiration = true;
                // An API answers 401/403 (as problem details, by the status code pages) instead of redirecting.
                o.Events.OnRedirectToLogin = c => SetStatus(c.HttpContext, StatusCodes.Status401Unauthorized);
                // A removed account or a changed password ends the session on its next request.
                o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
                o.Events.OnRedirectToAccessDenied = c => SetStatus(c.HttpContext, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(AuthSchemes.Bearer, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthSchemes.ReviewerPolicy, p => p.RequireRole(Roles.Reviewer, Roles.Admin))
            .AddPolicy(AuthSchemes.AdminPolicy, p => p.RequireRole(Roles.Admin));
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryCheck.HeaderName;
            o.Cookie.Name = "atlas.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SuppressXFrameOptionsHeader = true; // SecurityHeaders already sends DENY
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimits.SignInPolicy, context => PerAddress(context, RateLimits.SignInPerMinute));
            o.AddPolicy(RateLimits.CommentsPolicy, context => PerAddress(context, RateLimits.CommentsPerMinute));
            // Coding a long report takes seconds of CPU: a few at a time for the whole server, not per caller.
            o.AddPolicy(RateLimits.DocumentsPolicy, _ => RateLimitPartition.GetConcurrencyLimiter(
                RateLimits.DocumentsPolicy, _ => new ConcurrencyLimiterOptions { PermitLimit = Math.Max(1, maxParallelDocuments), QueueLimit = 0 }));
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "wait a minute and try again" },
                }).ConfigureAwait(false);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window, QueueLimit = 0 });

    private static Task SetStatus(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
