using ConflictAtlas.Bench;
using ConflictAtlas.Server.Api;
using ConflictAtlas.Server.Query;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ConflictAtlas.Server.Tests;

/// <summary>The query benchmark's generator: its bulk path must leave the store as the write path would, with every
/// index, trigger and search table in place and agreeing with the events.</summary>
public sealed class SyntheticEventsTests : IDisposable
{
    private const int Count = 2_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("atlas-synthetic-").FullName;

    [Fact]
    public async Task Generated_events_are_searchable_and_the_schema_is_whole_again()
    {
        var path = Path.Combine(_folder, "events.db");
        await SyntheticEvents.GenerateAsync(path, Count);
        var fresh = Path.Combine(_folder, "fresh.db");
        await (await SqliteEventStore.OpenAsync(fresh)).DisposeAsync();

        Assert.Equal(Schema(fresh), Schema(path));
        Assert.Equal("wal", Scalar(path, "pragma journal_mode"));
        await using var store = await SqliteEventStore.OpenAsync(path);
        Assert.Equal(Count, (await store.CountsAsync()).Events);

        // Each search table answers as a scan of the columns does.
        Assert.Equal(Scalar(path, "select count(*) from canonical_events where search_text like '%gold mine%'"),
            (long)(await store.QueryEventsAsync(new EventFilter { Text = "Gold Mine" })).Count);
        Assert.Equal(Scalar(path, "select count(*) from canonical_events where latitude between 14 and 16 and longitude between -3 and -1"),
            (long)(await store.QueryEventsAsync(new EventFilter { Bbox = new BoundingBox(-3, 14, -1, 16) })).Count);
        Assert.Equal(Scalar(path, "select count(*) from canonical_events where 'Wagner Group' in (actor1, actor2, json_extract(record_json, '$.assoc_actor_1'))"),
            (long)(await store.QueryEventsAsync(new EventFilter { Actor = "wagner group" })).Count);
        var stats = await store.AggregateAsync(new EventFilter(Iso: 466));
        Assert.Equal(Scalar(path, "select count(*) from canonical_events where iso = 466"), stats.Events);
        Assert.Equal(Scalar(path, "select sum(fatalities) from canonical_events where iso = 466"), stats.Fatalities);
        Assert.True(stats.Events is > 0 and < Count);
    }

    [Fact]
    public async Task A_text_search_counts_up_to_its_limit_and_its_statistics_say_they_are_a_sample()
    {
        var path = Path.Combine(_folder, "events.db");
        await SyntheticEvents.GenerateAsync(path, Count);
        await using var store = await SqliteEventStore.OpenAsync(path);

        // Every synthetic event's notes place it "near the" site of a town.
        var (text, _) = EventQueryParser.Parse([new("q", "near the")]);
        var page = await EventSearch.PageAsync(store, text, CancellationToken.None);
        Assert.Equal((EventSearch.TextCountLimit, false), (page.Total, page.TotalIsExact));
        var stats = StatsApi.ToStats(await store.AggregateAsync(EventSearch.ToFilter(text), EventSearch.StatsLimitOf(text)));
        Assert.Equal((EventSearch.TextStatsLimit, true), (stats.Events, stats.Sampled));

        var (none, _) = EventQueryParser.Parse([]);
        var all = await EventSearch.PageAsync(store, none, CancellationToken.None);
        Assert.Equal((Count, true), (all.Total, all.TotalIsExact));
        var allStats = StatsApi.ToStats(await store.AggregateAsync(EventSearch.ToFilter(none), EventSearch.StatsLimitOf(none)));
        Assert.Equal((Count, false), (allStats.Events, allStats.Sampled));
    }

    /// <summary>Every index and trigger of the database, by name and definition.</summary>
    private static List<string> Schema(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select type || ' ' || name || ': ' || sql from sqlite_master where type in ('index', 'trigger') and sql is not null order by name";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
