using System.Text.RegularExpressions;
using ConflictAtlas.Server.Tests.Support;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Sqlite;
using ConflictAtlas.Server.BrowserTests.Support;
using Microsoft.Playwright;

namespace ConflictAtlas.Server.BrowserTests;

/// <summary>Drives Debian's chromium through the dashboard on a real server over a store holding the seed report
/// and the invented sample events (one of which carries hostile markup). Screenshots go to TestResults/.</summary>
public sealed class DashboardTests : IAsyncLifetime
{
    private const string Reviewer = BrowserServer.Reviewer;
    private const string Admin = BrowserServer.Admin;
    private const string Password = BrowserServer.Password;

    private BrowserServer _server = null!;
    private SqliteEventStore _store = null!;
    private string _base = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _server = await BrowserServer.StartWithSamplesAsync();
        _store = _server.Store;
        _base = _server.Base;
        _browser = _server.Browser;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task Filter_by_country_then_open_the_seed_event_with_its_evidence_highlighted()
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1300, Height = 1100 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(_base + "/");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("#map .leaflet-marker-icon").First).ToBeVisibleAsync();

        await page.FillAsync("input[name=country]", "Mali");
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

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task A_minimum_confidence_keeps_the_surer_events_and_travels_in_the_address_and_exports()
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1300, Height = 1100 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(_base + "/");
        var all = (await _store.QueryEventsAsync(EventFilter.All)).Count;
        var sure = (await _store.QueryEventsAsync(new EventFilter { MinConfidence = 0.8 })).Count;
        Assert.InRange(sure, 1, all - 1);
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(all);

        await page.FillAsync("input[name=min_confidence]", "0.8");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?min_confidence=0\.8$"));
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(sure);
        Assert.Contains("min_confidence=0.8", await page.GetAttributeAsync("#export-csv", "href"), StringComparison.Ordinal);

        await page.ReloadAsync();
        Assert.Equal("0.8", await page.InputValueAsync("input[name=min_confidence]"));
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(sure);
        Assert.Empty(errors);
    }

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
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

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
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
        var before = await page.Locator("#fields li[data-field=fatalities] .value").TextContentAsync();
        var corrected = before == "6" ? "7" : "6";
        await page.SelectOptionAsync("#correct-field", "fatalities");
        await page.FillAsync("#correct-value", corrected);
        await page.FillAsync("#review-reason", "the regional hospital counted " + corrected);
        await page.ClickAsync("#correct");
        await Assertions.Expect(page.Locator("#revisions li").Last).ToContainTextAsync("rita · correct: the regional hospital counted " + corrected);
        await Assertions.Expect(page.Locator("#revisions li").Last).ToContainTextAsync($"Fatalities: {before} → {corrected}");
        await Assertions.Expect(page.Locator("#fields li[data-field=fatalities] .value")).ToHaveTextAsync(corrected);
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

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
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

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
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

    private static Task Screenshot(IPage page, string name) => BrowserServer.Screenshot(page, name);
}
