using System.Data.Common;
using ConflictAtlas.Storage.Sql;
using ConflictAtlas.Storage.Tests.Support;
using Dapper;

namespace ConflictAtlas.Storage.Tests;

/// <summary>Migration 003 on a store written by the first schema, and the weekly statistics kept by the write path:
/// both must answer exactly as the events themselves do.</summary>
public abstract partial class EventStoreContract
{
    /// <summary>The columns of <c>canonical_events</c> in migration 001 (and the compressed record, written back as
    /// the record's text by <see cref="AsText"/>).</summary>
    private const string Version1EventColumns = "id, status, iso, country, event_date, time_precision, sub_event_type, fatalities, record_json, record_z, key_json, created_at, updated_at";

    /// <summary>The name of the dialect's migrations (<see cref="Migrations.For"/>).</summary>
    protected abstract string Dialect { get; }

    /// <summary>What an insert needs to write its own ids into identity columns ("" where none is needed).</summary>
    protected abstract string OverridingIds { get; }

    /// <summary>A new, empty database; the result is what <see cref="Connect"/> and <see cref="OpenStoreAsync"/> take.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task<IEventStore> OpenStoreAsync(string location);

    /// <summary>A plain connection (not opened) to the database, outside the store.</summary>
    protected abstract DbConnection Connect(string location);

    [Fact]
    public async Task Migration_003_fills_the_search_tables_of_events_written_by_the_first_schema()
    {
        var written = await CreateDatabaseAsync();
        await using (var store = await OpenStoreAsync(written))
        {
            await SaveFiveEventsAsync(store);
            await ChangeEventsAsync(store);
        }

        // The same rows in a database at version 1, as the first schema wrote them (no value compressed against an
        // atom), then opened: 003 runs on them.
        await RewindRecordBasesAsync(written);
        var old = await CreateDatabaseAsync();
        await using (var from = Connect(written))
        await using (var to = Connect(old))
        {
            await from.OpenAsync();
            await to.OpenAsync();
            await to.ExecuteAsync("create table schema_version (version integer primary key, applied_at text not null)");
            await to.ExecuteAsync(Migrations.For(Dialect).Single(m => m.Version == 1).Sql);
            await to.ExecuteAsync("insert into schema_version (version, applied_at) values (1, '2025-01-01T00:00:00Z')");
            Assert.Equal(0, await to.ExecuteScalarAsync<long>("select count(*) from canonical_events"));
            await CopyAsync(from, to, "documents", "*");
            await CopyAsync(from, to, "canonical_events", Version1EventColumns);
            await CopyAsync(from, to, "atoms", "*");
            await CopyAsync(from, to, "revisions", "*");
        }

        await using var reference = await OpenStoreAsync(written);
        await using var migrated = await OpenStoreAsync(old);
        Assert.Equal(await reference.CountsAsync(), await migrated.CountsAsync());
        EventFilter[] filters =
        [
            EventFilter.All, new() { Text = "market" }, new() { Text = "ouaga wire" }, new() { Text = "title of gao-2" }, new() { Text = "ambush" },
            new() { Actor = "unidentified" }, new() { Actor = "jnim" }, new() { Actor = "civilians" }, new() { Bbox = new BoundingBox(-5, 10, 5, 20) },
            new() { EventType = "battles" }, new() { Admin1 = "gao" }, new(Iso: 466, From: new DateOnly(2025, 3, 4)), new(To: new DateOnly(2025, 3, 9)),
        ];
        foreach (var filter in filters)
        {
            var expected = (await reference.QueryEventsAsync(filter)).Select(e => e.Id).ToList();
            Assert.Equal(expected, (await migrated.QueryEventsAsync(filter)).Select(e => e.Id));
            AssertSameAggregates(await reference.AggregateAsync(filter), await migrated.AggregateAsync(filter));
        }

        Assert.NotEmpty(await migrated.QueryEventsAsync(new EventFilter { Text = "ambush" }));
        Assert.NotEmpty(await migrated.QueryEventsAsync(new EventFilter { Actor = "unidentified" }));
    }

    [Fact]
    public async Task Statistics_equal_grouping_the_events_for_whole_and_cut_weeks_after_new_versions_and_splits()
    {
        await using var store = await CreateStoreAsync();
        await SaveFiveEventsAsync(store);
        await AssertStatisticsMatchEventsAsync(store);

        await ChangeEventsAsync(store);
        await AssertStatisticsMatchEventsAsync(store);
    }

    /// <summary>A new version that moves the Kidal strike, one that replaces the Tillaberi report by another event
    /// (the old one is withdrawn), and the Gao clash split in two.</summary>
    private static async Task ChangeEventsAsync(IEventStore store)
    {
        var kidal = Atoms.Make("2025-03-12", "Kidal", 18.4411, 1.4078, 3, subType: "Air/drone strike", actor2: "Unidentified Armed Group (Mali)");
        kidal.Record["notes"] = "ambush on a convoy";
        await store.SaveDocumentAsync(Atoms.Document("kidal.txt", "kidal, updated", kidal));
        var ayorou = Atoms.Make("2025-04-14", "Ayorou", 14.7308, 0.9194, 4, actor1: "Military Forces of Niger (2023-)", actor2: "Islamic State (Sahel)", iso: 562, country: "Niger");
        await store.SaveDocumentAsync(Atoms.Document("tillaberi.txt", "tillaberi, corrected", ayorou));
        var gao = Assert.Single(await store.QueryEventsAsync(new EventFilter { Admin1 = "gao" }));
        await store.SplitAsync(gao.Id, gao.Sources.Single(s => s.Uri == "gao-2.txt").AtomId, "analyst", "two clashes");
    }

    private static async Task AssertStatisticsMatchEventsAsync(IEventStore store)
    {
        EventFilter[] filters =
        [
            EventFilter.All, new(Iso: 466), new() { EventType = "BATTLES" }, new(Iso: 466) { EventType = "battles" },
            new(From: new DateOnly(2025, 3, 3), To: new DateOnly(2025, 3, 16)), // whole weeks, Monday to Sunday
            new(From: new DateOnly(2025, 3, 4), To: new DateOnly(2025, 3, 10)), // two cut weeks, no whole one
            new(From: new DateOnly(2025, 2, 21), To: new DateOnly(2025, 3, 12)), // cut, whole, cut
            new(From: new DateOnly(2025, 3, 4)), new(To: new DateOnly(2025, 3, 10)), new(Iso: 854, From: new DateOnly(2025, 2, 1), To: new DateOnly(2025, 2, 28)),
            new(From: new DateOnly(2025, 4, 1), To: new DateOnly(2025, 3, 1)), new() { MinFatalities = 5 },
        ];
        foreach (var filter in filters)
        {
            var events = await store.QueryEventsAsync(filter);
            var actual = await store.AggregateAsync(filter);
            Assert.Equal((events.Count, events.Sum(e => e.Record["fatalities"]!.GetValue<long>())), (actual.Events, actual.Fatalities));
            Assert.Equal(Buckets(events, e => EventColumns.WeekOf(e.Record["event_date"]?.GetValue<string>())), actual.Weeks);
            Assert.Equal(Buckets(events, e => e.Record["country"]?.GetValue<string>()), actual.Countries);
            Assert.Equal(Buckets(events, e => e.Record["event_type"]?.GetValue<string>()), actual.EventTypes);
        }
    }

    private static List<AggregateBucket> Buckets(IEnumerable<StoredEvent> events, Func<StoredEvent, string?> key) =>
    [
        .. events.GroupBy(e => key(e) ?? "unknown", StringComparer.Ordinal)
            .Select(g => new AggregateBucket(g.Key, g.Count(), g.Sum(e => e.Record["fatalities"]!.GetValue<long>())))
            .OrderBy(b => b.Key, StringComparer.Ordinal),
    ];

    private static void AssertSameAggregates(EventAggregates expected, EventAggregates actual)
    {
        Assert.Equal((expected.Events, expected.Fatalities), (actual.Events, actual.Fatalities));
        Assert.Equal(expected.Weeks, actual.Weeks);
        Assert.Equal(expected.Countries, actual.Countries);
        Assert.Equal(expected.EventTypes, actual.EventTypes);
    }

    private async Task CopyAsync(DbConnection from, DbConnection to, string table, string columns)
    {
        var rows = (await from.QueryAsync($"select {columns} from {table} order by id")).Cast<IDictionary<string, object?>>().ToList();
        foreach (var row in rows.Select(r => AsText(table, r)))
        {
            var names = row.Keys.ToList();
            await to.ExecuteAsync(
                $"insert into {table} ({string.Join(", ", names)}) {OverridingIds} values ({string.Join(", ", names.Select(n => "@" + n))})",
                new DynamicParameters(row));
        }
    }
}
