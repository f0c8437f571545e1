using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ConflictAtlas.Server.Tests.Support;
using ConflictAtlas.Server.Auth;
using ConflictAtlas.Storage.Accounts;

namespace ConflictAtlas.Server.Tests;

public sealed class SessionApiTests : IAsyncLifetime
{
    private ApiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync(SampleEvents.All);
        await Accounts.AddAsync(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Sign_in_shows_who_is_signed_in_and_sign_out_ends_the_session()
    {
        using var client = Accounts.Browser(_server);
        var before = await client.GetFromJsonAsync<JsonElement>("api/session");
        Assert.False(before.GetProperty("signed_in").GetBoolean());

        var response = await client.PostAsJsonAsync("api/session", new { name = Accounts.Reviewer, password = Accounts.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("atlas.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await client.GetFromJsonAsync<JsonElement>("api/session");
        Assert.Equal((true, "rita", "reviewer"), (me.GetProperty("signed_in").GetBoolean(), me.GetProperty("name").GetString(), me.GetProperty("role").GetString()));
        Assert.False(string.IsNullOrEmpty(me.GetProperty("csrf_token").GetString()));

        using var signOut = new HttpRequestMessage(HttpMethod.Delete, "api/session");
        signOut.Headers.Add("X-CSRF-TOKEN", me.GetProperty("csrf_token").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(signOut)).StatusCode);
        Assert.False((await client.GetFromJsonAsync<JsonElement>("api/session")).GetProperty("signed_in").GetBoolean());
    }

    [Fact]
    public async Task A_cookie_saved_before_sign_out_no_longer_signs_in()
    {
        var jar = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = jar, UseCookies = true }) { BaseAddress = _server.BaseAddress };
        var signIn = await browser.PostAsJsonAsync("api/session", new { name = Accounts.Reviewer, password = Accounts.Password });
        var csrf = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("csrf_token").GetString();
        var saved = jar.GetCookieHeader(_server.BaseAddress);
        Assert.Contains("atlas.session=", saved, StringComparison.Ordinal);

        // The copy works while the session lasts...
        using var copy = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = _server.BaseAddress };
        copy.DefaultRequestHeaders.Add("Cookie", saved);
        copy.DefaultRequestHeaders.Add("X-CSRF-TOKEN", csrf);
        Assert.True((await copy.GetFromJsonAsync<JsonElement>("api/session")).GetProperty("signed_in").GetBoolean());
        var id = await Accounts.EventIdAsync(copy, "Mopti");

        using var signOut = new HttpRequestMessage(HttpMethod.Delete, "api/session");
        signOut.Headers.Add("X-CSRF-TOKEN", csrf);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.SendAsync(signOut)).StatusCode);

        // ...and not after sign-out, though the cookie itself has not expired.
        Assert.False((await copy.GetFromJsonAsync<JsonElement>("api/session")).GetProperty("signed_in").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.PostAsJsonAsync($"api/events/{id}/confirm", new { reason = "after sign-out" })).StatusCode);
        var e = await _server.Client.GetFromJsonAsync<JsonElement>($"api/events/{id}");
        Assert.Equal("unreviewed", e.GetProperty("review_state").GetString());
    }

    [Theory]
    [InlineData("rita", "wrong password")]
    [InlineData("nobody", "a long test password")]
    public async Task A_wrong_name_or_password_is_a_401_problem(string name, string password)
    {
        using var client = Accounts.Browser(_server);
        var response = await client.PostAsJsonAsync("api/session", new { name, password });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("atlas.session=", StringComparison.Ordinal)));
        Assert.False((await client.GetFromJsonAsync<JsonElement>("api/session")).GetProperty("signed_in").GetBoolean());
    }

    [Fact]
    public async Task A_cookie_session_without_the_anti_forgery_token_cannot_act()
    {
        using var client = await Accounts.SignInAsync(_server, Accounts.Reviewer);
        var id = await Accounts.EventIdAsync(client, "Mopti");
        client.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");

        var missing = await client.PostAsJsonAsync($"api/events/{id}/confirm", new { reason = "ok" });
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", "forged");
        var forged = await client.PostAsJsonAsync($"api/events/{id}/confirm", new { reason = "ok" });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (missing.StatusCode, forged.StatusCode));
        Assert.Contains("anti-forgery", await missing.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("unreviewed", (await client.GetFromJsonAsync<JsonElement>($"api/events/{id}")).GetProperty("review_state").GetString());
    }

    [Fact]
    public async Task A_bearer_token_acts_without_an_anti_forgery_token_and_a_bad_one_is_refused()
    {
        var token = ApiTokens.Create();
        await _server.Store.AddTokenAsync(Accounts.Reviewer, ApiTokens.Sha256(token));
        var id = await Accounts.EventIdAsync(_server.Client, "Mopti");

        using var good = new HttpRequestMessage(HttpMethod.Post, $"api/events/{id}/confirm") { Content = JsonContent.Create(new { reason = "checked" }) };
        good.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var bad = new HttpRequestMessage(HttpMethod.Post, $"api/events/{id}/reject") { Content = JsonContent.Create(new { reason = "no" }) };
        bad.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token + "x");

        Assert.Equal(HttpStatusCode.OK, (await _server.Client.SendAsync(good)).StatusCode);
        var refused = await _server.Client.SendAsync(bad);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var e = await _server.Client.GetFromJsonAsync<JsonElement>($"api/events/{id}");
        Assert.Equal("confirmed", e.GetProperty("review_state").GetString());
        Assert.Equal("rita", e.GetProperty("revisions").EnumerateArray().Last().GetProperty("who").GetString());
    }

    [Fact]
    public async Task Signed_out_callers_get_401_and_reviewers_get_403_on_the_moderation_queue()
    {
        var id = await Accounts.EventIdAsync(_server.Client, "Mopti");
        var anonymous = await _server.Client.PostAsJsonAsync($"api/events/{id}/confirm", new { reason = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.Client.GetAsync("api/comments/pending")).StatusCode);

        using var reviewer = await Accounts.SignInAsync(_server, Accounts.Reviewer);
        var forbidden = await reviewer.GetAsync("api/comments/pending");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        using var admin = await Accounts.SignInAsync(_server, Accounts.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("api/comments/pending")).StatusCode);
    }

    [Fact]
    public async Task Repeated_sign_in_attempts_from_one_address_are_limited_with_a_429_problem()
    {
        using var client = Accounts.Browser(_server);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimits.SignInPerMinute; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("api/session", new { name = "rita", password = "guess " + i })).StatusCode);
        }

        Assert.All(statuses.Take(RateLimits.SignInPerMinute), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        var limited = await client.PostAsJsonAsync("api/session", new { name = Accounts.Reviewer, password = Accounts.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task No_response_carries_a_password_hash()
    {
        using var admin = await Accounts.SignInAsync(_server, Accounts.Admin);
        var hash = (await _server.Store.FindCredentialsAsync(Accounts.Admin))!.PasswordHash;
        var salt = hash.Split('$')[2];
        foreach (var path in new[] { "api/session", "api/comments/pending", "openapi/v1.json", $"api/events/{await Accounts.EventIdAsync(admin, "Mopti")}" })
        {
            var body = await admin.GetStringAsync(path);
            Assert.DoesNotContain("pbkdf2", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(salt, body, StringComparison.Ordinal);
            Assert.DoesNotContain("password_hash", body, StringComparison.Ordinal);
        }
    }
}
