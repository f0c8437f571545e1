using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ConflictAtlas.Server.Tests.Support;
using ConflictAtlas.Storage.Accounts;

namespace ConflictAtlas.Server.Tests;

/// <summary>Removing an account, revoking its tokens and changing its password take effect on the very next request.</summary>
public sealed class AccountLifecycleTests : IAsyncLifetime
{
    private ApiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync(SampleEvents.All);
        await Accounts.AddAsync(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_removed_user_loses_cookie_session_and_tokens_at_once_and_their_revisions_keep_the_name()
    {
        using var browser = await Accounts.SignInAsync(_server, Accounts.Reviewer);
        var token = ApiTokens.Create();
        await _server.Store.AddTokenAsync(Accounts.Reviewer, ApiTokens.Sha256(token));
        var id = await Accounts.EventIdAsync(browser, "Mopti");
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync($"api/events/{id}/confirm", new { reason = "two reports agree" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendWithToken(HttpMethod.Post, $"api/events/{id}/confirm", token)).StatusCode);

        await _server.Store.RemoveUserAsync(Accounts.Reviewer);

        var session = await browser.GetFromJsonAsync<JsonElement>("api/session");
        Assert.False(session.GetProperty("signed_in").GetBoolean());
        var byCookie = await browser.PostAsJsonAsync($"api/events/{id}/reject", new { reason = "after removal" });
        Assert.Equal(HttpStatusCode.Unauthorized, byCookie.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendWithToken(HttpMethod.Post, $"api/events/{id}/reject", token)).StatusCode);
        var signIn = await Accounts.Browser(_server).PostAsJsonAsync("api/session", new { name = Accounts.Reviewer, password = Accounts.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);

        var e = await _server.Client.GetFromJsonAsync<JsonElement>($"api/events/{id}");
        Assert.Equal("confirmed", e.GetProperty("review_state").GetString());
        Assert.All(e.GetProperty("revisions").EnumerateArray().Where(r => r.GetProperty("action").GetString() == "confirm"),
            r => Assert.Equal(Accounts.Reviewer, r.GetProperty("who").GetString()));
    }

    [Fact]
    public async Task A_cookie_of_a_removed_user_does_not_work_for_a_new_account_with_the_same_name()
    {
        using var browser = await Accounts.SignInAsync(_server, Accounts.Reviewer);
        await _server.Store.RemoveUserAsync(Accounts.Reviewer);
        await _server.Store.AddUserAsync(Accounts.Reviewer, Roles.Admin, PasswordHasher.Hash(Accounts.Password));

        Assert.False((await browser.GetFromJsonAsync<JsonElement>("api/session")).GetProperty("signed_in").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("api/comments/pending")).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_401_and_a_current_one_works()
    {
        var (current, expired) = (ApiTokens.Create(), ApiTokens.Create());
        await _server.Store.AddTokenAsync(Accounts.Reviewer, ApiTokens.Sha256(current), DateTimeOffset.UtcNow.AddHours(1));
        await _server.Store.AddTokenAsync(Accounts.Reviewer, ApiTokens.Sha256(expired), DateTimeOffset.UtcNow.AddMinutes(-1));
        var id = await Accounts.EventIdAsync(_server.Client, "Mopti");

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendWithToken(HttpMethod.Post, $"api/events/{id}/confirm", expired)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendWithToken(HttpMethod.Post, $"api/events/{id}/confirm", current)).StatusCode);
    }

    [Fact]
    public async Task Revoking_tokens_refuses_them_at_once_and_leaves_the_cookie_session()
    {
        using var browser = await Accounts.SignInAsync(_server, Accounts.Reviewer);
        var token = ApiTokens.Create();
        await _server.Store.AddTokenAsync(Accounts.Reviewer, ApiTokens.Sha256(token));
        Assert.Equal(HttpStatusCode.OK, (await SendWithToken(HttpMethod.Get, "api/session", token)).StatusCode);
        var id = await Accounts.EventIdAsync(browser, "Mopti");
        Assert.Equal(HttpStatusCode.OK, (await SendWithToken(HttpMethod.Post, $"api/events/{id}/confirm", token)).StatusCode);

        Assert.Equal(1, await _server.Store.RevokeTokensAsync(Accounts.Reviewer));

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendWithToken(HttpMethod.Post, $"api/events/{id}/confirm", token)).StatusCode);
        Assert.True((await browser.GetFromJsonAsync<JsonElement>("api/session")).GetProperty("signed_in").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync($"api/events/{id}/confirm", new { reason = "still signed in" })).StatusCode);
    }

    [Fact]
    public async Task A_new_password_ends_existing_sessions_and_only_the_new_one_signs_in()
    {
        using var browser = await Accounts.SignInAsync(_server, Accounts.Admin);
        using var other = await Accounts.SignInAsync(_server, Accounts.Reviewer);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("api/comments/pending")).StatusCode);

        await _server.Store.SetPasswordAsync(Accounts.Admin, PasswordHasher.Hash("the admin's new password"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("api/comments/pending")).StatusCode);
        Assert.True((await other.GetFromJsonAsync<JsonElement>("api/session")).GetProperty("signed_in").GetBoolean());
        using var fresh = Accounts.Browser(_server);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fresh.PostAsJsonAsync("api/session", new { name = Accounts.Admin, password = Accounts.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.PostAsJsonAsync("api/session", new { name = Accounts.Admin, password = "the admin's new password" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("api/comments/pending")).StatusCode);
    }

    private async Task<HttpResponseMessage> SendWithToken(HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post)
        {
            request.Content = JsonContent.Create(new { reason = "by script" });
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _server.Client.SendAsync(request);
    }
}
