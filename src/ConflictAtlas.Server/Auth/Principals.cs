using System.Globalization;
using System.Security.Claims;
using ConflictAtlas.Storage.Accounts;

namespace ConflictAtlas.Server.Auth;

/// <summary>The claims of a signed-in account: id, name and role, and for a cookie session a digest of the password
/// hash (<see cref="SessionStamp"/>; the cookie is encrypted).</summary>
public static class Principals
{
    /// <summary>The principal of <paramref name="user"/>; a cookie session also carries its <see cref="SessionStamp"/>.</summary>
    public static ClaimsPrincipal For(UserAccount user, string scheme, string? stamp = null, string? sessionKey = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role),
        ];
        if (stamp is not null)
        {
            claims.Add(new Claim(SessionStamp.ClaimType, stamp));
        }

        if (sessionKey is not null)
        {
            claims.Add(new Claim(SessionStamp.SessionClaimType, sessionKey));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>True when the request is signed in through the session cookie (and so needs an anti-forgery token).</summary>
    public static bool IsCookieSession(ClaimsPrincipal user) =>
        user?.Identity is { IsAuthenticated: true, AuthenticationType: AuthSchemes.Cookie };
}
