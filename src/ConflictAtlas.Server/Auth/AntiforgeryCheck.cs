using Microsoft.AspNetCore.Antiforgery;

namespace ConflictAtlas.Server.Auth;

/// <summary>Middleware: every unsafe request signed in by the session cookie must carry the anti-forgery token
/// (header <c>X-CSRF-TOKEN</c> or the form field), otherwise it is a 400 problem. Bearer requests are exempt: a
/// browser never adds that header to a cross-site request.</summary>
public static class AntiforgeryCheck
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.Request.Method;
        if (!(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method)) &&
            Principals.IsCookieSession(context.User))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status400BadRequest,
                        Title = "Missing or invalid anti-forgery token",
                        Detail = $"send the token from GET /api/session in the {HeaderName} header",
                    },
                }).ConfigureAwait(false);
                return;
            }
        }

        await next().ConfigureAwait(false);
    }
}
