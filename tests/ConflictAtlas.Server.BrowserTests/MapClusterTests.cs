using ConflictAtlas.Bench;
using ConflictAtlas.Server.BrowserTests.Support;
using Microsoft.Playwright;

namespace ConflictAtlas.Server.BrowserTests;

/// <summary>The map on a store of 1,200 synthetic events: every event is drawn, in clusters that name their places,
/// though the table lists one page.</summary>
public sealed class MapClusterTests : IAsyncLifetime
{
    private const int Count = 1_200;
    private BrowserServer _server = null!;

    public async Task InitializeAsync() => _server = await BrowserServer.StartAsync(null, async dir =>
    {
        var path = Path.Combine(dir, "events.db");
        await SyntheticEvents.GenerateAsync(path, Count);
        return path;
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [SharedFact("the seed report (seed/), which the browser tests' store holds")]
    public async Task Every_event_of_the_result_is_on_the_map_in_labelled_clusters()
    {
        var page = await _server.NewPageAsync(1300, 1000);
        await page.GotoAsync(_server.Base + "/");
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(500);
        await Assertions.Expect(page.Locator("#count")).ToContainTextAsync("1,200 event(s) match");
        var placed = await page.EvaluateAsync<int>("() => markers.getLayers().length");
        var unplaced = await page.EvaluateAsync<int>("async () => (await (await fetch('/api/map')).json()).unplaced");
        Assert.Equal(Count, placed + unplaced);
        await Assertions.Expect(page.Locator("#map-note")).ToContainTextAsync($"{placed:N0} event(s) on the map");

        // The clusters in view hold every event, and each names a place.
        var clusters = page.Locator("#map .event-cluster");
        await Assertions.Expect(clusters.First).ToBeVisibleAsync();
        var inView = await page.EvaluateAsync<int>(@"() => {
            let n = 0;
            markers.eachLayer(m => { if (map.getBounds().contains(m.getLatLng())) n++; });
            return n;
        }");
        var drawn = await page.EvaluateAsync<int>(@"() => [...document.querySelectorAll('#map .event-cluster .cluster-count')]
            .reduce((sum, c) => sum + Number(c.textContent.replace(/,/g, '')), 0) + document.querySelectorAll('#map .event-marker').length");
        Assert.Equal(inView, drawn);
        Assert.True(drawn > 500, $"{drawn} drawn");
        foreach (var label in await page.Locator("#map .event-cluster .place-label").AllInnerTextsAsync())
        {
            Assert.Matches(@"^\p{L}", label);
        }

        await BrowserServer.Screenshot(page, "dashboard-clusters.png", fullPage: false);
    }
}
