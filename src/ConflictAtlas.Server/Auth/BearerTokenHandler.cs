using System.Security.Claims;
using System.Text.Encodings.Web;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ConflictAtlas.Server.Auth;

/// <summary>Authenticates <c>Authorization: Bearer TOKEN</c> against the SHA-256 of the tokens in the store.</summary>
public sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IEventStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header[Prefix.Length..].Trim();
        var user = token.Length == 0 ? null : await store.FindByTokenAsync(ApiTokens.Sha256(token), Context.RequestAborted).ConfigureAwait(false);
        return user is null
            ? AuthenticateResult.Fail("unknown API token")
            : AuthenticateResult.Success(new AuthenticationTicket(Principals.For(user, AuthSchemes.Bearer), AuthSchemes.Bearer));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}
