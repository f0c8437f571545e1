using System.Text.Json;
using ConflictAtlas.Bench;
using ConflictAtlas.Server.Api;
using ConflictAtlas.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;

namespace ConflictAtlas.Server.Tests;

/// <summary><c>/api/map</c> gives the map every matching event, past the 500 of a table page, over the same filters.</summary>
public sealed class MapApiTests : IAsyncLifetime
{
    private const int Count = 1_200;
    private readonly string _dir = Directory.CreateTempSubdirectory("atlas-map-").FullName;
    private SqliteEventStore _store = null!;
    private WebApplication _app = null!;
    private Uri _base = null!;

    public async Task InitializeAsync()
    {
        var path = Path.Combine(_dir, "events.db");
        await SyntheticEvents.GenerateAsync(path, Count);
        _store = await SqliteEventStore.OpenAsync(path);
        _app = ServerHost.Build(new ServerOptions { Urls = "http://127.0.0.1:0", AssetsDir = Path.Combine(_dir, "no-assets") }, _store);
        await _app.StartAsync();
        _base = new Uri(ServerHost.Addresses(_app).Single().TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Every_matching_event_has_its_point_not_only_the_first_page()
    {
        var map = await GetJson("api/map");
        Assert.Equal(Count, map.GetProperty("total").GetInt32());
        Assert.False(map.GetProperty("truncated").GetBoolean());
        var points = map.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(Count, points.Count + map.GetProperty("unplaced").GetInt32());
        Assert.True(points.Count > 500);
        Assert.Equal(points.Count, points.Select(p => p.GetProperty("id").GetInt64()).Distinct().Count());
        foreach (var p in points)
        {
            Assert.InRange(p.GetProperty("latitude").GetDouble(), -90, 90);
            Assert.InRange(p.GetProperty("longitude").GetDouble(), -180, 180);
            Assert.False(string.IsNullOrEmpty(p.GetProperty("event_type").GetString()));
        }
    }

    [Theory]
    [InlineData("country=Mali")]
    [InlineData("event_type=Battles&from=2020-01-01")]
    [InlineData("bbox=-5,10,3,20")]
    [InlineData("min_fatalities=5")]
    public async Task The_points_are_those_of_the_same_filters_on_api_events(string query)
    {
        var map = await GetJson("api/map?" + query);
        var total = map.GetProperty("total").GetInt32();
        Assert.InRange(total, 1, Count - 1);
        var ids = new HashSet<long>();
        for (var page = 1; ; page++)
        {
            var items = (await GetJson($"api/events?{query}&page_size=500&page={page}")).GetProperty("items").EnumerateArray().ToList();
            ids.UnionWith(items.Select(i => i.GetProperty("id").GetInt64()));
            if (items.Count < 500)
            {
                break;
            }
        }

        Assert.Equal(ids.Count, total);
        Assert.Subset(ids, map.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("id").GetInt64()).ToHashSet());
    }

    [Fact]
    public async Task A_bad_filter_is_a_400_naming_it()
    {
        using var client = new HttpClient { BaseAddress = _base };
        using var response = await client.GetAsync(new Uri("api/map?bbox=1,2,3", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("bbox", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_the_limit_the_answer_says_it_holds_the_newest_points_only()
    {
        var path = Path.Combine(_dir, "many.db");
        await SyntheticEvents.GenerateAsync(path, MapApi.Limit + 50);
        await using var store = await SqliteEventStore.OpenAsync(path);
        await using var app = ServerHost.Build(new ServerOptions { Urls = "http://127.0.0.1:0", AssetsDir = Path.Combine(_dir, "no-assets") }, store);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(ServerHost.Addresses(app).Single().TrimEnd('/') + "/") };
        var map = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/map", UriKind.Relative))).RootElement;
        Assert.True(map.GetProperty("truncated").GetBoolean());
        // Counting stops at the limit too: then the total is "at least".
        Assert.Equal((MapApi.Limit, false), (map.GetProperty("total").GetInt32(), map.GetProperty("total_is_exact").GetBoolean()));
        var points = map.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(MapApi.Limit, points.Count + map.GetProperty("unplaced").GetInt32());
        var oldestShown = points.Select(p => p.GetProperty("event_date").GetString()!).Min(StringComparer.Ordinal)!;
        var newestLeftOut = (await store.SearchEventsAsync(Storage.EventFilter.All, new Storage.EventSort("event_date", false), 0, 50, 0)).Events
            .Select(e => e.Record["event_date"]!.GetValue<string>()).Max(StringComparer.Ordinal)!;
        Assert.True(string.CompareOrdinal(newestLeftOut, oldestShown) <= 0, $"{newestLeftOut} left out, {oldestShown} shown");
        await app.StopAsync();
    }

    [Fact]
    public void The_limit_is_well_above_a_table_page() => Assert.True(MapApi.Limit >= 20 * Query.EventQueryParser.MaxPageSize);

    private async Task<JsonElement> GetJson(string path)
    {
        using var client = new HttpClient { BaseAddress = _base };
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
