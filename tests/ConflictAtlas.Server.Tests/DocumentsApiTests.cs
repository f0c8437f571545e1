using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConflictAtlas.Server.Tests.Support;

namespace ConflictAtlas.Server.Tests;

public sealed class DocumentsApiTests : IAsyncLifetime
{
    private const string Report =
        "BAMAKO, March 3 (Sahel Radio) - A drone strike killed eight people near Tinzaouaten in Mali's Kidal region on Sunday, " +
        "local officials said. The army said it targeted fighters of the Azawad Liberation Front.";

    private ApiServer _server = null!;
    private HttpClient _reviewer = null!;

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync([]);
        await Accounts.AddAsync(_server);
        _reviewer = await Accounts.SignInAsync(_server, Accounts.Reviewer);
    }

    public async Task DisposeAsync()
    {
        _reviewer.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_posted_text_is_coded_stored_and_its_events_listed()
    {
        var response = await _reviewer.PostAsJsonAsync("api/documents", new { text = Report, published = "2024-03-04", source = "Sahel Radio" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("added", stored.GetProperty("outcome").GetString());
        var eventId = Assert.Single(stored.GetProperty("event_ids").EnumerateArray()).GetInt64();
        var e = await _reviewer.GetFromJsonAsync<JsonElement>($"api/events/{eventId}");
        Assert.Equal(stored.GetProperty("document_id").GetInt64(), e.GetProperty("sources")[0].GetProperty("document_id").GetInt64());
        Assert.Equal("Mali", e.GetProperty("record").GetProperty("country").GetString());

        var again = await _reviewer.PostAsJsonAsync("api/documents", new { text = Report, published = "2024-03-04", source = "Sahel Radio" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var duplicate = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("duplicate", stored.GetProperty("document_id").GetInt64()), (duplicate.GetProperty("outcome").GetString(), duplicate.GetProperty("document_id").GetInt64()));
    }

    [Fact]
    public async Task Posted_html_keeps_its_url()
    {
        var html = $"<html><head><title>Strike near Tinzaouaten</title></head><body><article><p>{Report}</p></article></body></html>";
        var response = await _reviewer.PostAsJsonAsync("api/documents", new { html, url = "https://news.example/strike", published = "2024-03-04" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("event_ids")[0].GetInt64();
        Assert.Equal("https://news.example/strike", (await _reviewer.GetFromJsonAsync<JsonElement>($"api/events/{id}")).GetProperty("sources")[0].GetProperty("uri").GetString());
    }

    [Theory]
    [InlineData("{}", "document")]
    [InlineData("{\"text\":\"   \"}", "document")]
    [InlineData("{\"text\":\"a\",\"html\":\"<p>b</p>\"}", "document")]
    [InlineData("{\"text\":\"%PDF-1.7 binary\"}", "document")]
    [InlineData("{\"text\":\"nul\\u0000byte\"}", "document")]
    [InlineData("{\"url\":\"ftp://example.org/a\"}", "url")]
    [InlineData("{\"text\":\"a report\",\"published\":\"March 3\"}", "published")]
    public async Task Bad_input_is_a_400_naming_the_field(string body, string field)
    {
        var response = await _reviewer.PostAsync("api/documents", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, (await _server.Store.CountsAsync()).Documents);
    }

    [Fact]
    public async Task A_text_over_the_limit_is_a_400()
    {
        var response = await _reviewer.PostAsJsonAsync("api/documents", new { text = new string('a', Documents.DocumentIntake.MaxChars + 1) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task A_url_that_cannot_be_fetched_is_a_400_with_the_reason()
    {
        await using var open = await ApiServer.StartAsync([], allowPrivateFetch: true);
        await Accounts.AddAsync(open);
        using var reviewer = await Accounts.SignInAsync(open, Accounts.Reviewer);
        var response = await reviewer.PostAsJsonAsync("api/documents", new { url = new Uri(open.BaseAddress, "no-such-page.html").ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("404", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/report.html", "loopback")]
    [InlineData("http://localhost:{port}/report.html", "loopback")]
    [InlineData("http://[::1]:{port}/report.html", "loopback")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://10.0.0.1/", "private")]
    [InlineData("http://192.168.0.1/", "private")]
    [InlineData("http://[fd00::1]/", "private")]
    [InlineData("http://[fe80::1]/", "link-local")]
    [InlineData("http://224.0.0.1/", "multicast")]
    [InlineData("http://0.0.0.0:{port}/", "unspecified")]
    [InlineData("http://192.0.2.1/", "documentation (TEST-NET-1)")]
    [InlineData("http://198.18.0.1/", "benchmarking")]
    [InlineData("http://203.0.113.5/", "documentation (TEST-NET-3)")]
    [InlineData("http://[2001:db8::1]/", "documentation")]
    [InlineData("http://[64:ff9b::c0a8:101]/", "private")]
    public async Task A_url_of_a_non_public_address_is_refused_with_a_400_problem(string url, string kind)
    {
        var response = await _reviewer.PostAsJsonAsync("api/documents", new { url = url.Replace("{port}", _server.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = string.Join(" ", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("document").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains($"{kind} address", message, StringComparison.Ordinal);
        Assert.Contains("only public addresses", message, StringComparison.Ordinal);
        Assert.Equal(0, (await _server.Store.CountsAsync()).Documents);
    }

    [Fact]
    public async Task With_allow_private_fetch_a_page_on_loopback_is_fetched_and_coded()
    {
        var html = $"<html><head><title>Strike near Tinzaouaten</title></head><body><article><p>{Report}</p></article></body></html>";
        await using var page = await PageServer.StartAsync("/report.html", html);
        var url = new Uri(page.BaseAddress, "report.html").ToString();
        var refused = await _reviewer.PostAsJsonAsync("api/documents", new { url, published = "2024-03-04" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0, page.Requests);

        await using var open = await ApiServer.StartAsync([], allowPrivateFetch: true);
        await Accounts.AddAsync(open);
        using var reviewer = await Accounts.SignInAsync(open, Accounts.Reviewer);
        var response = await reviewer.PostAsJsonAsync("api/documents", new { url, published = "2024-03-04" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("event_ids")[0].GetInt64();
        var e = await reviewer.GetFromJsonAsync<JsonElement>($"api/events/{id}");
        Assert.Equal(url, e.GetProperty("sources")[0].GetProperty("uri").GetString());
        Assert.Equal(1, page.Requests);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/report.html")]
    [InlineData("gopher://127.0.0.1:70/_x")]
    public async Task A_redirect_to_a_scheme_other_than_http_is_a_400_problem(string location)
    {
        await using var page = await PageServer.StartAsync("/report.html", "<p>report</p>", ("/go", location));
        await using var open = await ApiServer.StartAsync([], allowPrivateFetch: true);
        await Accounts.AddAsync(open);
        using var reviewer = await Accounts.SignInAsync(open, Accounts.Reviewer);
        var response = await reviewer.PostAsJsonAsync("api/documents", new { url = new Uri(page.BaseAddress, "go").ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("document")[0].GetString();
        Assert.Contains("redirect", message, StringComparison.Ordinal);
        Assert.Equal(0, (await open.Store.CountsAsync()).Documents);
    }

    [Fact]
    public async Task Posts_beyond_the_parallel_limit_are_429_until_one_finishes()
    {
        var html = $"<html><head><title>Strike near Tinzaouatine</title></head><body><article><p>{Report}</p></article></body></html>";
        await using var page = await PageServer.StartAsync("/report.html", html, TimeSpan.FromSeconds(3));
        await using var open = await ApiServer.StartAsync([], allowPrivateFetch: true, configure: o => o with { MaxParallelDocuments = 1 });
        await Accounts.AddAsync(open);
        using var reviewer = await Accounts.SignInAsync(open, Accounts.Reviewer);

        var slow = reviewer.PostAsJsonAsync("api/documents", new { url = new Uri(page.BaseAddress, "report.html").ToString(), published = "2024-03-04" });
        while (page.Requests == 0)
        {
            await Task.Delay(20);
        }

        var refused = await reviewer.PostAsJsonAsync("api/documents", new { text = Report, published = "2024-03-04" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Created, (await slow).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await reviewer.PostAsJsonAsync("api/documents", new { text = Report, published = "2024-03-04" })).StatusCode);
    }

    [Fact]
    public async Task A_report_not_coded_within_the_time_budget_is_a_400_and_nothing_is_stored()
    {
        await using var tight = await ApiServer.StartAsync([], configure: o => o with { DocumentBudget = TimeSpan.FromMilliseconds(1) });
        await Accounts.AddAsync(tight);
        using var reviewer = await Accounts.SignInAsync(tight, Accounts.Reviewer);
        var text = string.Join("\n\n", Enumerable.Repeat(Report, 200));
        var response = await reviewer.PostAsJsonAsync("api/documents", new { text, published = "2024-03-04" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("document")[0].GetString();
        Assert.Contains("not coded within", message, StringComparison.Ordinal);
        Assert.Equal(0, (await tight.Store.CountsAsync()).Documents);
    }

    [Fact]
    public async Task A_body_over_the_request_limit_is_refused_with_413()
    {
        var text = new string('a', (int)ServerHost.MaxRequestBodyBytes + 1024);
        var response = await _reviewer.PostAsJsonAsync("api/documents", new { text });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, (await _server.Store.CountsAsync()).Documents);
    }

    [Fact]
    public async Task Signed_out_callers_cannot_post_documents()
    {
        var response = await _server.Client.PostAsJsonAsync("api/documents", new { text = Report });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, (await _server.Store.CountsAsync()).Documents);
    }
}
