using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ConflictAtlas.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ConflictAtlas.Server.Auth;

/// <summary>Re-checks every cookie session against the store: the session must not have been ended (signed out), and
/// the account must still exist with the same id, role and <see cref="SessionStamp"/>; otherwise the cookie is dropped
/// and the request is signed out.</summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var name = principal?.Identity?.Name;
        var store = context.HttpContext.RequestServices.GetRequiredService<IEventStore>();
        var credentials = name is null ? null : await store.FindCredentialsAsync(name, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (principal is not null && credentials is not null &&
            principal.FindFirstValue(ClaimTypes.NameIdentifier) == credentials.User.Id.ToString(CultureInfo.InvariantCulture) &&
            principal.FindFirstValue(ClaimTypes.Role) == credentials.User.Role &&
            SameStamp(principal.FindFirstValue(SessionStamp.ClaimType), SessionStamp.Of(credentials.PasswordHash)) &&
            principal.FindFirstValue(SessionStamp.SessionClaimType) is { } key &&
            await store.SessionExistsAsync(SessionStamp.SessionDigest(key), context.HttpContext.RequestAborted).ConfigureAwait(false))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(AuthSchemes.Cookie).ConfigureAwait(false);
    }

    private static bool SameStamp(string? claimed, string current) =>
        claimed is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(claimed), Encoding.ASCII.GetBytes(current));
}
