using System.Globalization;
using System.Security.Claims;
using ConflictAtlas.Storage.Accounts;

namespace ConflictAtlas.Server.Auth;

/// <summary>The claims of a signed-in account: id, name and role (nothing secret).</summary>
public static class Principals
{
    public static ClaimsPrincipal For(UserAccount user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>True when the request is signed in through the session cookie (and so needs an anti-forgery token).</summary>
    public static bool IsCookieSession(ClaimsPrincipal user) =>
        user?.Identity is { IsAuthenticated: true, AuthenticationType: AuthSchemes.Cookie };
}
