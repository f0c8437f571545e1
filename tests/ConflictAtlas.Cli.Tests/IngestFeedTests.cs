using System.Text.Json.Nodes;

namespace ConflictAtlas.Cli.Tests;

/// <summary>Ingest reads RSS feeds like atlas text does: one report per item, with the item's date.</summary>
public sealed class IngestFeedTests : IDisposable
{
    private const string Feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Desk</title><link>http://127.0.0.1:9/</link><description>d</description>
        <item><title>Drone strike near Kidal</title><pubDate>Mon, 10 Mar 2025 09:00:00 EAT</pubDate><description>A Malian army drone strike killed six JNIM fighters near Kidal on Sunday, the army said. The strike hit a camp east of the town, residents of Kidal said.</description></item>
        <item><title>Gunmen attack Tinzaouaten</title><pubDate>Tue, 11 Mar 2025 09:00:00 GMT</pubDate><description>Gunmen killed four traders in the Malian town of Tinzaouaten on Monday, residents said. The attackers fled on motorbikes, a local official said.</description></item>
        </channel></rss>
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("atlas-feed-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Each_feed_item_is_one_report_dated_by_the_feed_and_a_second_run_adds_nothing()
    {
        var feed = Path.Combine(_dir, "desk.rss");
        await File.WriteAllTextAsync(feed, Feed);
        var db = Path.Combine(_dir, "atlas.db");

        var first = await CliRunner.Run("ingest", feed, "--db", db);
        Assert.True(first.Code == 0, first.Err);
        var export = await CliRunner.Run("export", "--format", "json", "--db", db);
        var json = JsonNode.Parse(export.Out)!;
        var events = (json as JsonArray ?? json["events"]!.AsArray()).Select(e => e!).ToList();
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e["event_date"]!.GetValue<string>() == "2025-03-09" && e["location"]!.GetValue<string>() == "Kidal");
        Assert.Contains(events, e => e["event_date"]!.GetValue<string>() == "2025-03-10" && e["location"]!.GetValue<string>() == "Tinzaouaten");

        var second = await CliRunner.Run("ingest", feed, "--db", db);
        Assert.Equal(0, second.Code);
        Assert.Contains("0 added", second.Out + second.Err, StringComparison.Ordinal);
    }
}
