using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ConflictAtlas.Cli.Commands;
using System.Threading.Channels;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Tests.Support;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Ingestion.Watch;
using Microsoft.Extensions.Time.Testing;

namespace ConflictAtlas.Cli.Tests;

/// <summary>`atlas watch` against a local feed server that changes between polls.</summary>
public sealed class WatchCommandTests : IDisposable
{
    private const string KidalPage = """
        <html><head><title>Drone strike near Kidal</title></head><body><article>
        <h1>Drone strike near Kidal</h1>
        <p>A Malian army drone strike killed six JNIM fighters near Kidal on Sunday, the army said.</p>
        <p>The strike hit a camp east of the town, residents of Kidal said.</p>
        </article></body></html>
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("atlas-watch-").FullName;
    private readonly LocalServer _server = new();
    private readonly ConcurrentQueue<(string Path, string? IfNoneMatch)> _requests = new();
    private volatile string _feed = "";
    private volatile string _etag = "";

    public WatchCommandTests()
    {
        _server.Map("/feed.xml", async ctx =>
        {
            var tag = ctx.Request.Headers["If-None-Match"];
            _requests.Enqueue(("/feed.xml", tag));
            if (tag is not null && tag == _etag)
            {
                ctx.Response.StatusCode = 304;
                ctx.Response.Close();
                return;
            }

            var body = Encoding.UTF8.GetBytes(_feed);
            ctx.Response.ContentType = "application/rss+xml; charset=utf-8";
            ctx.Response.Headers["ETag"] = _etag;
            ctx.Response.ContentLength64 = body.Length;
            await ctx.Response.OutputStream.WriteAsync(body);
            ctx.Response.Close();
        });
        _server.Map("/kidal", async ctx =>
        {
            _requests.Enqueue(("/kidal", null));
            var body = Encoding.UTF8.GetBytes(KidalPage);
            ctx.Response.ContentType = "text/html; charset=utf-8";
            ctx.Response.ContentLength64 = body.Length;
            await ctx.Response.OutputStream.WriteAsync(body);
            ctx.Response.Close();
        });
    }

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private string Db => Path.Combine(_dir, "atlas.db");

    private string FeedsFile(params string[] paths)
    {
        var file = Path.Combine(_dir, "feeds.txt");
        File.WriteAllLines(file, ["# the morning watch", "", .. paths.Select(p => _server.Url(p).ToString())]);
        return file;
    }

    private static string Item(string title, string date, string? link, string? text) =>
        $"<item><title>{title}</title><pubDate>{date}</pubDate>" +
        (link is null ? "" : $"<link>{link}</link>") +
        (text is null ? "" : $"<description>{text}</description>") + "</item>";

    private void Publish(string etag, params string[] items)
    {
        _feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Desk</title><link>http://example.org/</link><description>d</description>"
            + string.Concat(items) + "</channel></rss>";
        _etag = etag;
    }

    private string KidalItem => Item("Drone strike near Kidal", "Mon, 10 Mar 2025 09:00:00 GMT", _server.Url("/kidal").ToString(), null);

    private static readonly string TinzaouatenItem = Item("Gunmen attack Tinzaouaten", "Tue, 11 Mar 2025 09:00:00 GMT", null,
        "Gunmen killed four traders in the Malian town of Tinzaouaten on Monday, residents said. The attackers fled on motorbikes, a local official said.");

    private static readonly string GaoItem = Item("Protest in Gao", "Thu, 13 Mar 2025 09:00:00 GMT", null,
        "Hundreds of traders marched in the Malian city of Gao on Wednesday to protest against power cuts, witnesses said. The march ended peacefully.");

    private async Task<List<JsonNode>> EventsAsync()
    {
        var export = await CliRunner.Run("export", "--format", "json", "--db", Db);
        var json = JsonNode.Parse(export.Out)!;
        return (json as JsonArray ?? json["events"]!.AsArray()).Select(e => e!).ToList();
    }

    private int Fetches(string path) => _requests.Count(r => r.Path == path);

    [Fact]
    public async Task Stores_new_items_asks_conditionally_and_never_reads_an_old_item_again()
    {
        Publish("\"v1\"", KidalItem, TinzaouatenItem);
        var feeds = FeedsFile("/feed.xml");

        var first = await CliRunner.Run("watch", feeds, "--once", "--db", Db);
        Assert.True(first.Code == 0, first.Err);
        Assert.Contains("2 item(s), 2 new: 2 added", first.Out, StringComparison.Ordinal);
        Assert.Null(_requests.First().IfNoneMatch);
        var events = await EventsAsync();
        Assert.Contains(events, e => e["location"]!.GetValue<string>() == "Kidal");
        Assert.Contains(events, e => e["location"]!.GetValue<string>() == "Tinzaouaten");
        Assert.True(File.Exists(feeds + ".state.json"));

        // A restarted watcher sends the feed's ETag back; the unchanged feed costs one 304 and reads no item.
        var second = await CliRunner.Run("watch", feeds, "--once", "--db", Db);
        Assert.True(second.Code == 0, second.Err);
        Assert.Contains("not modified", second.Out, StringComparison.Ordinal);
        Assert.Equal("\"v1\"", _requests.Last(r => r.Path == "/feed.xml").IfNoneMatch);
        Assert.Equal(1, Fetches("/kidal"));

        // The feed changes: only the new item is read and stored.
        Publish("\"v2\"", GaoItem, KidalItem, TinzaouatenItem);
        var third = await CliRunner.Run("watch", feeds, "--once", "--db", Db);
        Assert.True(third.Code == 0, third.Err);
        Assert.Contains("3 item(s), 1 new: 1 added", third.Out, StringComparison.Ordinal);
        Assert.Equal(1, Fetches("/kidal"));
        Assert.Contains(await EventsAsync(), e => e["location"]!.GetValue<string>() == "Gao");
        Assert.Equal(events.Count + 1, (await EventsAsync()).Count);
    }

    [Fact]
    public async Task Until_stopped_it_polls_again_each_interval_and_picks_up_what_changed()
    {
        Publish("\"v1\"", TinzaouatenItem);
        var every = TimeSpan.FromMinutes(15);
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 14, 6, 0, 0, TimeSpan.Zero));
        await using var store = await EventStores.OpenAsync(Db, CancellationToken.None);
        using var fetcher = new HttpArticleFetcher(new FetchOptions { PerHostDelay = TimeSpan.Zero });
        var watcher = new FeedWatcher(AtlasServices.Pipeline, store, fetcher, new WatchOptions { Every = every }, clock);
        var reports = Channel.CreateUnbounded<FeedPollReport>();
        var progress = new CallbackProgress<FeedPollReport>(r => reports.Writer.TryWrite(r));
        using var stop = new CancellationTokenSource();
        var statePath = Path.Combine(_dir, "state.json");
        var watching = watcher.WatchAsync([_server.Url("/feed.xml").ToString()], new WatchState(), statePath, progress, once: false, stop.Token);

        var first = await reports.Reader.ReadAsync();
        Assert.Equal(FeedPollStatus.Read, first.Status);
        Assert.Equal(1, first.Added);
        Assert.Equal(clock.GetUtcNow() + every, first.NextPoll);

        // Nothing is polled before the interval is over.
        clock.Advance(every - TimeSpan.FromMinutes(1));
        await Task.Delay(200);
        Assert.False(reports.Reader.TryRead(out _));

        Publish("\"v2\"", GaoItem, TinzaouatenItem);
        var next = await NextAsync(reports.Reader, clock, TimeSpan.FromMinutes(1));
        Assert.Equal(FeedPollStatus.Read, next.Status);
        Assert.Equal((2, 1, 1), (next.Items, next.New, next.Added));

        var unchanged = await NextAsync(reports.Reader, clock, every);
        Assert.Equal(FeedPollStatus.NotModified, unchanged.Status);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => watching);
        var saved = WatchState.Load(statePath).For(_server.Url("/feed.xml").ToString());
        Assert.Equal("\"v2\"", saved.ETag);
        Assert.Equal(2, saved.Seen.Count);
    }

    /// <summary>Moves the fake clock on by <paramref name="step"/> until the watcher reports (the watcher may not be
    /// asleep yet when the clock first moves).</summary>
    private static async Task<FeedPollReport> NextAsync(ChannelReader<FeedPollReport> reports, FakeTimeProvider clock, TimeSpan step)
    {
        for (var tries = 0; tries < 200; tries++)
        {
            clock.Advance(step);
            using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
            try
            {
                return await reports.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                // The watcher may have measured its wait before the clock moved and started it after: keep moving
                // the clock on until that wait ends too (any extra poll reports after the one read here).
            }
        }

        throw new TimeoutException("the watcher did not poll again");
    }

    [Fact]
    public async Task A_failing_feed_backs_off_without_holding_up_the_others()
    {
        Publish("\"v1\"", TinzaouatenItem);
        var feeds = FeedsFile("/feed.xml", "/gone.xml");

        var first = await CliRunner.Run("watch", feeds, "--once", "--db", Db);
        Assert.Equal(CliContext.InputError, first.Code);
        Assert.Contains("/gone.xml: failed (", first.Out, StringComparison.Ordinal);
        Assert.Contains("404", first.Out, StringComparison.Ordinal);
        Assert.Contains("1 item(s), 1 new: 1 added", first.Out, StringComparison.Ordinal);
        var state = JsonNode.Parse(await File.ReadAllTextAsync(feeds + ".state.json"))!;
        Assert.Equal(1, state["feeds"]![_server.Url("/gone.xml").ToString()]!["failures"]!.GetValue<int>());

        var gone = _server.Requests.Count(r => r.Path == "/gone.xml");
        var second = await CliRunner.Run("watch", feeds, "--once", "--db", Db);
        Assert.Contains("/gone.xml: waiting after failures until", second.Out, StringComparison.Ordinal);
        Assert.Equal(gone, _server.Requests.Count(r => r.Path == "/gone.xml"));
        Assert.Contains("not modified", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_that_cannot_be_read_is_retried_then_given_up()
    {
        Publish("\"v1\"", Item("Broken link", "Wed, 12 Mar 2025 09:00:00 GMT", _server.Url("/missing").ToString(), null), TinzaouatenItem);
        var feeds = FeedsFile("/feed.xml");
        var outputs = new List<string>();
        for (var poll = 0; poll < 4; poll++)
        {
            var run = await CliRunner.Run("watch", feeds, "--once", "--db", Db);
            outputs.Add(run.Out + run.Err);
        }

        Assert.Contains("2 new: 1 added, 0 already stored, 1 failed", outputs[0], StringComparison.Ordinal);
        // The failed item turns the validators off, so the feed is read in full and the item tried again.
        Assert.Contains("1 new: 0 added, 0 already stored, 1 failed", outputs[1], StringComparison.Ordinal);
        Assert.Contains("given up after 3 tries", outputs[2], StringComparison.Ordinal);
        Assert.Contains("not modified", outputs[3], StringComparison.Ordinal);
        Assert.Equal(3, _server.Requests.Count(r => r.Path == "/missing"));
    }

    [Fact]
    public async Task A_state_file_that_is_not_a_watch_state_is_refused_and_left_alone()
    {
        Publish("\"v1\"", TinzaouatenItem);
        var feeds = FeedsFile("/feed.xml");
        await File.WriteAllTextAsync(feeds + ".state.json", "{ not json");
        var run = await CliRunner.Run("watch", feeds, "--once", "--db", Db);
        Assert.Equal(CliContext.InputError, run.Code);
        Assert.Contains("not a watch state file", run.Err, StringComparison.Ordinal);
        Assert.Equal("{ not json", await File.ReadAllTextAsync(feeds + ".state.json"));
        Assert.Empty(_requests);
    }

    [Fact]
    public async Task Bad_lines_and_bad_intervals_are_reported()
    {
        var feeds = Path.Combine(_dir, "feeds.txt");
        await File.WriteAllLinesAsync(feeds, ["ftp://example.org/feed", "not a url"]);
        var run = await CliRunner.Run("watch", feeds, "--once", "--db", Db);
        Assert.Equal(CliContext.InputError, run.Code);
        Assert.Contains("feeds.txt:1: 'ftp://example.org/feed' is not an http or https URL", run.Err, StringComparison.Ordinal);
        Assert.Contains("holds no feed URL", run.Err, StringComparison.Ordinal);

        var interval = await CliRunner.Run("watch", feeds, "--every", "often", "--db", Db);
        Assert.Equal(CliContext.InputError, interval.Code);
        Assert.Contains("--every 'often'", interval.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("15m", 900)]
    [InlineData("90s", 90)]
    [InlineData("1h30m", 5400)]
    [InlineData("2d", 172800)]
    [InlineData("00:05:00", 300)]
    public void Reads_intervals(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), WatchCommand.ParseInterval(text));

    [Theory]
    [InlineData("5s")]
    [InlineData("0m")]
    [InlineData("m")]
    [InlineData("-5m")]
    [InlineData("99999999d")]
    [InlineData("soon")]
    public void Refuses_intervals_that_are_unreadable_or_too_short(string text) =>
        Assert.Null(WatchCommand.ParseInterval(text));
}
