using System.Text.RegularExpressions;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Server.Tests.Support;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Accounts;
using ConflictAtlas.Storage.Ingestion;
using ConflictAtlas.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace ConflictAtlas.Server.BrowserTests;

/// <summary>Drives Debian's chromium through the dashboard on a real server over a store holding the seed report
/// and the invented sample events (one of which carries hostile markup). Screenshots go to TestResults/.</summary>
public sealed class DashboardTests : IAsyncLifetime
{
    private const string SeedFile = "000_78b06316927166f5.txt";
    private const string Reviewer = "rita";
    private const string Admin = "adam";
    private const string Password = "a long test password";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private string _dir = null!;
    private SqliteEventStore _store = null!;
    private WebApplication _app = null!;
    private string _base = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _dir = Directory.CreateTempSubdirectory("atlas-browser-").FullName;
        _store = await SqliteEventStore.OpenAsync(Path.Combine(_dir, "atlas.db"));
        var seed = FindUp(Path.Combine("shared", "seed", SeedFile)) ?? throw new FileNotFoundException("the seed report is missing", SeedFile);
        var ingestion = new IngestionService(PipelineDefaults.Create(), ArticleSources.Default, _store);
        await ingestion.RunAsync([new IngestItem(seed)]);
        var n = 0;
        foreach (var e in SampleEvents.All)
        {
            await _store.SaveDocumentAsync(e.ToDocument($"https://example.org/sample-{++n}"));
        }

        var hash = PasswordHasher.Hash(Password);
        await _store.AddUserAsync(Reviewer, Roles.Reviewer, hash);
        await _store.AddUserAsync(Admin, Roles.Admin, hash);
        var assets = FindUp(Path.Combine(".build", "npm", "node_modules"));
        _app = ServerHost.Build(new ServerOptions { Urls = "http://127.0.0.1:0", AssetsDir = assets }, _store);
        await _app.StartAsync();
        _base = ServerHost.Addresses(_app).Single().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Filter_by_country_then_open_the_seed_event_with_its_evidence_highlighted()
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1300, Height = 1100 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(_base + "/");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("#map path.leaflet-interactive").First).ToBeVisibleAsync();

        await page.FillAsync("input[name=country]", "Mali");
        await page.ClickAsync("#apply");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?country=Mali$"));
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(3);
        foreach (var country in await page.Locator("#events tbody td:nth-child(2)").AllTextContentsAsync())
        {
            Assert.Equal("Mali", country);
        }

        await Screenshot(page, "dashboard-mali.png");
        await page.Locator("#events tbody tr", new() { HasText = "Azawad" }).Locator("a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/event\.html\?id=\d+$"));
        await Assertions.Expect(page.Locator(".source-text mark", new() { HasTextString = "Tinzaouatine" })).ToBeVisibleAsync();
        await Screenshot(page, "event-seed.png");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Hostile_article_text_is_shown_as_text_and_never_runs()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(_base + "/?country=Sudan");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(1);
        await page.Locator("#events tbody a").ClickAsync();
        var text = page.Locator(".source-text");
        await Assertions.Expect(text).ToContainTextAsync("<script>document.title='pwned'</script>");
        Assert.Equal(0, await page.Locator(".source-text img, .source-text script, dd img, dd script").CountAsync());
        await page.WaitForTimeoutAsync(200);
        Assert.DoesNotContain("pwned", await page.TitleAsync(), StringComparison.Ordinal);
        await Screenshot(page, "event-hostile.png");
    }

    [Fact]
    public async Task Sign_in_correct_the_fatalities_then_comment_signed_in_and_as_a_visitor()
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1300, Height = 1100 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(_base + "/");
        await page.FillAsync("#signin input[name=name]", Reviewer);
        await page.FillAsync("#signin input[name=password]", Password);
        await page.ClickAsync("#signin-button");
        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync("rita (reviewer)");
        await Assertions.Expect(page.Locator("#signin")).ToBeHiddenAsync();

        await page.Locator("#events tbody tr", new() { HasText = "Azawad" }).Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("#review")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#review-state")).ToHaveTextAsync("unreviewed");
        var before = await page.Locator("dd.fatalities").TextContentAsync();
        var corrected = before == "6" ? "7" : "6";
        await page.SelectOptionAsync("#correct-field", "fatalities");
        await page.FillAsync("#correct-value", corrected);
        await page.FillAsync("#review-reason", "the regional hospital counted " + corrected);
        await page.ClickAsync("#correct");
        await Assertions.Expect(page.Locator("#revisions li").Last).ToContainTextAsync("rita · correct: the regional hospital counted " + corrected);
        await Assertions.Expect(page.Locator("#revisions li").Last).ToContainTextAsync($"fatalities: {before} → {corrected}");
        await Assertions.Expect(page.Locator("dd.fatalities")).ToHaveTextAsync(corrected);
        await Assertions.Expect(page.Locator("#review-state")).ToHaveTextAsync("corrected");
        await Screenshot(page, "event-corrected.png");

        // A signed-in user's comment is published at once; hostile markup in it stays text.
        const string Hostile = "<img src=x onerror=\"window.pwned=1\"> see the hospital list";
        await page.FillAsync("#comment-name", "Rita");
        await page.FillAsync("#comment-email", "rita@example.org");
        await page.FillAsync("#comment-text", Hostile);
        await page.ClickAsync("#comment-submit");
        await Assertions.Expect(page.Locator("#comments .comment-body")).ToHaveTextAsync(Hostile);
        await page.WaitForTimeoutAsync(200);
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        Assert.Equal(0, await page.Locator("#comments img").CountAsync());
        Assert.DoesNotContain("rita@example.org", await page.ContentAsync(), StringComparison.Ordinal);

        await page.ClickAsync("#signout");
        await Assertions.Expect(page.Locator("#signin")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#review")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#comment-form")).ToContainTextAsync("Required fields are marked *");
        await page.ClickAsync("#comment-submit");
        await Assertions.Expect(page.Locator("#comment-status")).ToContainTextAsync("name is required");
        await page.FillAsync("#comment-name", "A reader");
        await page.FillAsync("#comment-email", "reader@example.org");
        await page.FillAsync("#comment-text", "Local radio said six.");
        await page.ClickAsync("#comment-submit");
        await Assertions.Expect(page.Locator("#comment-status")).ToContainTextAsync("held for moderation");
        await Assertions.Expect(page.Locator("#comments .comment-body")).ToHaveCountAsync(1);
        await Screenshot(page, "event-comment-held.png");

        // The admin publishes the held comment from the moderation page.
        await page.GotoAsync(_base + "/admin.html");
        await page.FillAsync("#signin input[name=name]", Admin);
        await page.FillAsync("#signin input[name=password]", Password);
        await page.ClickAsync("#signin-button");
        await Assertions.Expect(page.Locator("#pending li")).ToContainTextAsync("Local radio said six.");
        Assert.DoesNotContain("reader@example.org", await page.ContentAsync(), StringComparison.Ordinal);
        await Screenshot(page, "admin-pending.png");
        await page.Locator("#pending li button", new() { HasText = "Publish" }).ClickAsync();
        await Assertions.Expect(page.Locator("#pending li")).ToHaveTextAsync("nothing is waiting");
        await page.GoBackAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#comments .comment-body")).ToHaveCountAsync(2);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_reviewer_splits_a_report_off_an_event_then_merges_it_back_and_sees_both_in_the_history()
    {
        // A second report of the Mopti strike from another outlet joins the same event.
        var mopti = SampleEvents.All[1];
        await _store.SaveDocumentAsync((mopti with { SourceName = "Second Wire", Text = "Witnesses in Mopti said a drone hit the market; twelve people died." })
            .ToDocument("https://example.org/mopti-second"));
        var id = (await _store.QueryEventsAsync(EventFilter.All)).Single(e => e.Record["location"]?.GetValue<string>() == "Mopti").Id;
        Assert.Equal(2, (await _store.GetEventAsync(id))!.Sources.Count);

        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1300, Height = 1100 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync($"{_base}/event.html?id={id}");
        await Assertions.Expect(page.Locator("#sources article.source")).ToHaveCountAsync(2);
        Assert.Equal(0, await page.Locator(".split-form").CountAsync());
        await page.FillAsync("#signin input[name=name]", Reviewer);
        await page.FillAsync("#signin input[name=password]", Password);
        await page.ClickAsync("#signin-button");
        await Assertions.Expect(page.Locator("#review")).ToBeVisibleAsync();

        // Split the second outlet's report off; a missing reason is refused first.
        var second = page.Locator("#sources article.source", new() { HasText = "Second Wire" });
        await second.Locator(".split-button").ClickAsync();
        await Assertions.Expect(second.Locator(".split-form .error")).ToContainTextAsync("reason is required");
        await second.Locator(".split-reason").FillAsync("the second report is of a different market day");
        await second.Locator(".split-button").ClickAsync();
        await Assertions.Expect(page.Locator("#sources article.source")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#sources")).Not.ToContainTextAsync("Second Wire");
        var last = page.Locator("#revisions li").Last;
        await Assertions.Expect(last).ToContainTextAsync("rita · split: atom");
        await Assertions.Expect(last).ToContainTextAsync("the second report is of a different market day");
        await Screenshot(page, "event-split.png");

        // The history links to the new event, which holds the report that was split off.
        var newEvent = last.Locator("a");
        var newId = long.Parse(Regex.Match(await newEvent.GetAttributeAsync("href") ?? "", @"id=(\d+)$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(id, newId);
        await newEvent.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($@"/event\.html\?id={newId}$"));
        await Assertions.Expect(page.Locator("#sources article.source")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#sources")).ToContainTextAsync("Second Wire");
        await Assertions.Expect(page.Locator("#revisions li").Last).ToContainTextAsync($"split from event {id}");

        // Back on the first event, merge the new one into it again.
        await page.GotoAsync($"{_base}/event.html?id={id}");
        await page.FillAsync("#merge-other", newId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("#merge");
        await Assertions.Expect(page.Locator("#review-error")).ToContainTextAsync("reason is required");
        await page.FillAsync("#review-reason", "same strike after all");
        await page.ClickAsync("#merge");
        await Assertions.Expect(page.Locator("#sources article.source")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#revisions li").Last).ToContainTextAsync("rita · merge");
        await Screenshot(page, "event-merged.png");
        var gone = await _store.GetEventAsync(newId);
        Assert.Equal("merged", gone!.Status);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Every_page_has_the_same_top_bar_built_by_common_js()
    {
        var page = await _browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        var bars = new List<string>();
        foreach (var path in new[] { "/", "/event.html?id=1", "/admin.html" })
        {
            await page.GotoAsync(_base + path);
            await Assertions.Expect(page.Locator("header #signin input[name=password]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("header h1 a[href='/']")).ToHaveTextAsync("ConflictAtlas");
            bars.Add(await page.Locator("header .account").EvaluateAsync<string>("e => e.outerHTML"));
        }

        Assert.Single(bars.Distinct());
        await page.FillAsync("#signin input[name=name]", Admin);
        await page.FillAsync("#signin input[name=password]", Password);
        await page.ClickAsync("#signin-button");
        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync("adam (admin)");
        await Assertions.Expect(page.Locator("#admin-link")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#summary")).ToHaveTextAsync("moderation");
        Assert.Empty(errors);
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var root = FindUp("ConflictAtlas.slnx") is { } solution ? Path.GetDirectoryName(solution)! : Directory.GetCurrentDirectory();
        var dir = Path.Combine(root, "TestResults");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name), FullPage = true });
    }

    /// <summary>The first path of that name in the test's folder or a parent of it (the repository, or the
    /// folder beside it that holds shared/).</summary>
    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
