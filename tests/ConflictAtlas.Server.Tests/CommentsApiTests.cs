using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConflictAtlas.Server.Auth;
using ConflictAtlas.Server.Tests.Support;

namespace ConflictAtlas.Server.Tests;

public sealed class CommentsApiTests : IAsyncLifetime
{
    private const string Email = "secret.reader@example.org";

    private ApiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync(SampleEvents.All);
        await Accounts.AddAsync(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("{\"email\":\"a@example.org\",\"comment\":\"c\"}", "name")]
    [InlineData("{\"name\":\"N\",\"comment\":\"c\"}", "email")]
    [InlineData("{\"name\":\"N\",\"email\":\"a@example.org\"}", "comment")]
    [InlineData("{\"name\":\" \",\"email\":\"a@example.org\",\"comment\":\"c\"}", "name")]
    [InlineData("{\"name\":\"N\",\"email\":\"not an address\",\"comment\":\"c\"}", "email")]
    [InlineData("{}", "name,email,comment")]
    public async Task A_comment_missing_a_field_is_a_400_naming_each_one(string body, string fields)
    {
        var id = await Accounts.EventIdAsync(_server.Client, "Mopti");
        var response = await _server.Client.PostAsync($"api/events/{id}/comments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(fields.Split(',').Order(StringComparer.Ordinal), errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Empty(await _server.Store.CommentsByStatusAsync("pending"));
    }

    [Fact]
    public async Task A_visitors_comment_waits_for_an_admin_and_a_signed_in_users_comment_is_published()
    {
        var id = await Accounts.EventIdAsync(_server.Client, "Mopti");
        var visitor = await _server.Client.PostAsJsonAsync($"api/events/{id}/comments", new { name = "Visitor", email = Email, comment = "Twelve is what the market traders said." });
        Assert.Equal(HttpStatusCode.Created, visitor.StatusCode);
        var posted = await visitor.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending", posted.GetProperty("status").GetString());
        Assert.Contains("held for moderation", posted.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty((await _server.Client.GetFromJsonAsync<JsonElement>($"api/events/{id}/comments")).EnumerateArray());

        using var reviewer = await Accounts.SignInAsync(_server, Accounts.Reviewer);
        var published = await reviewer.PostAsJsonAsync($"api/events/{id}/comments", new { name = "Rita", email = "rita@example.org", comment = "Checked against the hospital list." });
        Assert.Equal("published", (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(["Checked against the hospital list."], await Bodies(id));

        using var admin = await Accounts.SignInAsync(_server, Accounts.Admin);
        var queue = await admin.GetFromJsonAsync<JsonElement>("api/comments/pending");
        var pending = Assert.Single(queue.EnumerateArray());
        Assert.Equal(id, pending.GetProperty("event_id").GetInt64());
        var commentId = pending.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"api/comments/{commentId}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"api/comments/{commentId}/reject", null)).StatusCode);
        // Oldest first: the visitor wrote before the reviewer.
        Assert.Equal(["Twelve is what the market traders said.", "Checked against the hospital list."], await Bodies(id));
        Assert.Equal(2, (await _server.Client.GetFromJsonAsync<JsonElement>($"api/events/{id}")).GetProperty("comments").GetArrayLength());
    }

    [Fact]
    public async Task A_rejected_comment_is_never_listed()
    {
        var id = await Accounts.EventIdAsync(_server.Client, "Mopti");
        await _server.Client.PostAsJsonAsync($"api/events/{id}/comments", new { name = "Spam", email = "s@example.org", comment = "buy now" });
        using var admin = await Accounts.SignInAsync(_server, Accounts.Admin);
        var commentId = (await admin.GetFromJsonAsync<JsonElement>("api/comments/pending"))[0].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"api/comments/{commentId}/reject", null)).StatusCode);
        Assert.Empty(await Bodies(id));
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>("api/comments/pending")).EnumerateArray());
    }

    [Fact]
    public async Task The_email_is_in_no_response_of_any_endpoint()
    {
        var id = await Accounts.EventIdAsync(_server.Client, "Mopti");
        using var reviewer = await Accounts.SignInAsync(_server, Accounts.Reviewer);
        await _server.Client.PostAsJsonAsync($"api/events/{id}/comments", new { name = "Visitor", email = Email, comment = "pending one" });
        var answer = await reviewer.PostAsJsonAsync($"api/events/{id}/comments", new { name = "Rita", email = Email, comment = "published one" });
        using var admin = await Accounts.SignInAsync(_server, Accounts.Admin);

        var bodies = new List<string> { await answer.Content.ReadAsStringAsync() };
        foreach (var path in new[] { $"api/events/{id}/comments", $"api/events/{id}", "api/comments/pending", "api/events", "api/events.csv", "api/events.geojson", "api/events.atom", "openapi/v1.json" })
        {
            bodies.Add(await admin.GetStringAsync(path));
        }

        Assert.All(bodies, b => Assert.DoesNotContain("secret.reader", b, StringComparison.OrdinalIgnoreCase));
        var comment = (await admin.GetFromJsonAsync<JsonElement>("api/comments/pending"))[0];
        Assert.DoesNotContain(comment.EnumerateObject(), p => p.Name.Contains("mail", StringComparison.OrdinalIgnoreCase));
        var published = (await _server.Client.GetFromJsonAsync<JsonElement>($"api/events/{id}/comments"))[0];
        Assert.DoesNotContain(published.EnumerateObject(), p => p.Name.Contains("mail", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Hostile_comment_text_is_stored_and_returned_as_text()
    {
        var id = await Accounts.EventIdAsync(_server.Client, "Mopti");
        const string Hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        using var reviewer = await Accounts.SignInAsync(_server, Accounts.Reviewer);
        await reviewer.PostAsJsonAsync($"api/events/{id}/comments", new { name = "<b>Rita</b>", email = "r@example.org", comment = Hostile });

        var response = await _server.Client.GetAsync($"api/events/{id}/comments");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var comment = (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal((Hostile, "<b>Rita</b>"), (comment.GetProperty("comment").GetString(), comment.GetProperty("name").GetString()));
        Assert.Contains("nosniff", response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task Comment_posting_is_rate_limited_per_address()
    {
        var id = await Accounts.EventIdAsync(_server.Client, "Mopti");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimits.CommentsPerMinute; i++)
        {
            statuses.Add((await _server.Client.PostAsJsonAsync($"api/events/{id}/comments", new { name = "N", email = "n@example.org", comment = "comment " + i })).StatusCode);
        }

        Assert.All(statuses.Take(RateLimits.CommentsPerMinute), s => Assert.Equal(HttpStatusCode.Created, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(RateLimits.CommentsPerMinute, (await _server.Store.CommentsByStatusAsync("pending")).Count);
    }

    [Fact]
    public async Task Comments_on_an_unknown_event_are_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync("api/events/999999/comments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.PostAsJsonAsync("api/events/999999/comments", new { name = "N", email = "n@example.org", comment = "c" })).StatusCode);
    }

    private async Task<List<string>> Bodies(long id) =>
        [.. (await _server.Client.GetFromJsonAsync<JsonElement>($"api/events/{id}/comments")).EnumerateArray().Select(c => c.GetProperty("comment").GetString()!)];
}
