using System.Text;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Sources;

public sealed class ArticleInputsTests : IDisposable
{
    private const string Article = """
        <html lang="en"><head><title>Drone strike near Kidal</title></head><body><article><h1>Drone strike near Kidal</h1>
        <p>A drone strike hit a vehicle near Kidal on Sunday, killing four people, local officials said on Monday.</p>
        <p>The army said the vehicle carried fighters of an armed group; residents said the dead were traders.</p></article></body></html>
        """;

    private readonly LocalServer _server = new();
    private readonly HttpArticleFetcher _fetcher = new(new FetchOptions { PerHostDelay = TimeSpan.Zero, RetryDelay = TimeSpan.FromMilliseconds(10) });

    public void Dispose()
    {
        _fetcher.Dispose();
        _server.Dispose();
    }

    private async Task<List<InputOutcome>> Read(string input)
    {
        var outcomes = new List<InputOutcome>();
        await foreach (var outcome in new ArticleInputs(_fetcher).ReadAsync(input, CancellationToken.None))
        {
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    private string Rss(string items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Sahel wire</title><link>{_server.Url("/")}</link><description>d</description>
        {items}
        </channel></rss>
        """;

    [Fact]
    public async Task Each_feed_item_becomes_an_article_with_the_feed_date_even_in_EAT()
    {
        _server.MapText("/story/1", Article);
        _server.MapText("/feed", Rss($"""
            <item><title>Drone strike near Kidal</title><link>{_server.Url("/story/1")}</link><pubDate>Sun, 01 Dec 2024 09:00:00 EAT</pubDate><dc:creator>Wire desk</dc:creator></item>
            <item><title>Second story</title><description>&lt;p&gt;Only a summary here, with no link to follow.&lt;/p&gt;</description><pubDate>Mon, 02 Dec 2024 10:00:00 GMT</pubDate></item>
            """), "application/rss+xml");
        var outcomes = await Read(_server.Url("/feed").ToString());
        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.All(outcomes, o => Assert.Equal(_server.Url("/feed").ToString(), o.Input));
        var first = outcomes[0].Article!;
        Assert.Equal(new DateTimeOffset(2024, 12, 1, 6, 0, 0, TimeSpan.Zero), first.Hints!.Published);
        Assert.Equal("Wire desk", first.Hints.Author);
        Assert.Equal(_server.Url("/story/1").ToString(), first.Hints.Url);
        Assert.Contains("killing four people", first.Content, StringComparison.Ordinal);
        Assert.Contains("Only a summary here", outcomes[1].Article!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_feed_keeps_what_it_could_read_and_reports_the_break()
    {
        _server.MapText("/story/1", Article);
        var feed = Rss($"<item><title>One</title><link>{_server.Url("/story/1")}</link></item><item><title>Two</title><link>");
        _server.MapText("/broken", feed[..feed.IndexOf("</channel>", StringComparison.Ordinal)], "application/rss+xml");
        var outcomes = await Read(_server.Url("/broken").ToString());
        Assert.Contains(outcomes, o => o.Error is not null && o.Error.Contains("broken feed XML", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_is_read_recursively_and_a_feed_file_is_read_as_a_feed()
    {
        var dir = Directory.CreateTempSubdirectory("atlas-inputs-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "sub"));
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "Headline\n\nBody text of the report.");
            File.WriteAllText(Path.Combine(dir.FullName, "sub", "b.html"), Article);
            File.WriteAllText(Path.Combine(dir.FullName, "sub", "ignored.json"), "{}");
            File.WriteAllText(Path.Combine(dir.FullName, "feed.xml"), Rss("<item><title>Feed item</title><description>Text of the item.</description></item>"));
            var outcomes = await Read(dir.FullName);
            Assert.Equal(3, outcomes.Count);
            Assert.All(outcomes, o => Assert.Null(o.Error));
            Assert.Contains(outcomes, o => o.Article!.IsHtml && o.Input.EndsWith("b.html", StringComparison.Ordinal));
            Assert.Contains(outcomes, o => o.Article!.Hints?.Title == "Feed item");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_page_url_is_read_with_its_final_url()
    {
        _server.MapRedirect("/short", "/story/1");
        _server.MapText("/story/1", Article);
        var outcome = Assert.Single(await Read(_server.Url("/short").ToString()));
        Assert.True(outcome.Article!.IsHtml);
        Assert.Equal(_server.Url("/story/1").ToString(), outcome.Article.Hints!.Url);
        Assert.Equal(_server.Url("/short").ToString(), outcome.Input);
    }

    [Fact]
    public async Task A_missing_page_is_an_error_outcome_not_an_exception()
    {
        var outcome = Assert.Single(await Read(_server.Url("/nothing-here").ToString()));
        Assert.Null(outcome.Article);
        Assert.Contains("404", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_sniffing_looks_at_the_root_element()
    {
        Assert.True(Core.Sources.Feeds.FeedReader.LooksLikeFeed("<?xml version=\"1.0\"?>\n<!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        Assert.False(Core.Sources.Feeds.FeedReader.LooksLikeFeed("<!doctype html><html><body>rss feed</body></html>"));
        Assert.False(Core.Sources.Feeds.FeedReader.LooksLikeFeed(Encoding.UTF8.GetString("plain text"u8)));
    }
}
