using ConflictAtlas.Storage.Tests.Support;

namespace ConflictAtlas.Storage.Tests;

/// <summary>Filters, sorts, pages and aggregates, run by the store in SQL: every store must give the same answers.</summary>
public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Every_filter_is_applied_by_the_store()
    {
        await using var store = await CreateStoreAsync();
        await SaveFiveEventsAsync(store);

        Assert.Equal(["Kidal"], await Places(store, new EventFilter { Admin1 = "kidal" }));
        Assert.Equal(["Gao", "Khartoum", "Tillaberi"], await Places(store, new EventFilter { EventType = "BATTLES" }));
        Assert.Equal(["Kidal"], await Places(store, new EventFilter { SubEventType = "air/drone strike" }));
        Assert.Equal(["Tillaberi"], await Places(store, new EventFilter { Actor = "wagner" }));
        Assert.Equal(["Djibo", "Gao"], await Places(store, new EventFilter { Actor = "JNIM" }));
        Assert.Empty(await Places(store, new EventFilter { Actor = "nobody at all" }));
        Assert.Equal(["Djibo", "Gao", "Kidal", "Tillaberi"], await Places(store, new EventFilter { Bbox = new BoundingBox(-5, 10, 5, 20) }));
        Assert.Equal(["Khartoum", "Kidal", "Tillaberi"], await Places(store, new EventFilter { Bbox = new BoundingBox(0, 10, -100, 20) }));
        Assert.Equal(["Gao"], await Places(store, new EventFilter { Bbox = new BoundingBox(-0.0447, 16.2717, -0.0447, 16.2717) }));
        Assert.Equal(["Khartoum", "Kidal"], await Places(store, new EventFilter { MinFatalities = 10 }));
        Assert.Equal(["Djibo", "Gao"], await Places(store, new EventFilter { Text = "MARKET" }));
        Assert.Equal(["Djibo"], await Places(store, new EventFilter { Text = "ouaga wire" }));
        Assert.Equal(["Gao"], await Places(store, new EventFilter { Text = "gao.t" }));
        Assert.Equal(["Kidal"], await Places(store, new EventFilter { Text = "dA" }));
        Assert.Empty(await Places(store, new EventFilter { Text = "%" }));
        Assert.Empty(await Places(store, new EventFilter { Text = "market_" }));
        Assert.Equal(5, (await Places(store, new EventFilter { ReviewState = "unreviewed" })).Count);
        Assert.Empty(await Places(store, new EventFilter { ReviewState = "rejected" }));
        Assert.Equal(["Gao"], await Places(store, new EventFilter(Iso: 466, To: new DateOnly(2025, 3, 9)) { Actor = "mali", Text = "market", MinFatalities = 9 }));
    }

    [Fact]
    public async Task Sorts_break_ties_by_id_and_pages_count_up_to_the_limit()
    {
        await using var store = await CreateStoreAsync();
        await SaveFiveEventsAsync(store);

        Assert.Equal(["Khartoum", "Kidal", "Gao", "Djibo", "Tillaberi"], await Sorted(store, new EventSort("fatalities", true)));
        Assert.Equal(["Djibo", "Gao", "Kidal", "Tillaberi", "Khartoum"], await Sorted(store, new EventSort("country", false)));
        Assert.Equal(["Khartoum", "Tillaberi", "Kidal", "Gao", "Djibo"], await Sorted(store, new EventSort("country", true)));
        Assert.Equal(["Tillaberi", "Kidal", "Khartoum", "Gao", "Djibo"], await Sorted(store, EventSort.Default));
        Assert.Equal(["Djibo", "Gao", "Khartoum", "Kidal", "Tillaberi"], await Sorted(store, new EventSort("location", false)));

        var page = await store.SearchEventsAsync(EventFilter.All, EventSort.Default, 2, 2, 100);
        Assert.Equal(["Khartoum", "Gao"], page.Events.Select(e => e.Record["location"]!.GetValue<string>()));
        Assert.Equal((5, true), (page.Total, page.TotalIsExact));
        var capped = await store.SearchEventsAsync(EventFilter.All, EventSort.Default, 0, 1, 3);
        Assert.Equal((3, false), (capped.Total, capped.TotalIsExact));
        var beyond = await store.SearchEventsAsync(new EventFilter { EventType = "Battles" }, EventSort.Default, 10, 5, 100);
        Assert.Equal((0, 3), (beyond.Events.Count, beyond.Total));
        Assert.Equal(2, Assert.Single((await store.SearchEventsAsync(new EventFilter { Admin1 = "Gao" }, EventSort.Default, 0, 5, 10)).Events).Sources.Count);
    }

    [Fact]
    public async Task Aggregates_count_events_and_fatalities_per_week_country_and_type_under_the_filter()
    {
        await using var store = await CreateStoreAsync();
        await SaveFiveEventsAsync(store);

        var mali = await store.AggregateAsync(new EventFilter(Iso: 466));
        Assert.Equal((2, 21), (mali.Events, mali.Fatalities));
        Assert.Equal([new AggregateBucket("2025-03-03", 1, 9), new AggregateBucket("2025-03-10", 1, 12)], mali.Weeks);
        Assert.Equal([new AggregateBucket("Battles", 1, 9), new AggregateBucket("Explosions/Remote violence", 1, 12)], mali.EventTypes);

        var all = await store.AggregateAsync(new EventFilter { MinFatalities = 1 });
        Assert.Equal((4, 46), (all.Events, all.Fatalities));
        Assert.Equal(["Burkina Faso", "Mali", "Sudan"], all.Countries.Select(c => c.Key));
        Assert.Equal([new AggregateBucket("2025-02-17", 1, 5), new AggregateBucket("2025-03-03", 2, 29), new AggregateBucket("2025-03-10", 1, 12)], all.Weeks);
        Assert.Equal(0, (await store.AggregateAsync(new EventFilter { Text = "no such words" })).Events);
    }

    [Fact]
    public async Task Aggregates_with_a_limit_cover_the_newest_matches_and_say_when_more_matched()
    {
        await using var store = await CreateStoreAsync();
        await SaveFiveEventsAsync(store);

        // A plain filter, the text index and a text too short for it.
        foreach (var filter in new[] { new EventFilter { MinFatalities = 1 }, new EventFilter { Text = "market" }, new EventFilter { Text = "a" } })
        {
            var all = await store.AggregateAsync(filter);
            Assert.True(all.Events >= 2);
            Assert.False(all.IsSample);
            var newest = Assert.Single((await store.SearchEventsAsync(filter, EventSort.Default, 0, 1, 0)).Events).Record;

            var one = await store.AggregateAsync(filter, 1);
            Assert.True(one.IsSample);
            Assert.Equal((1, newest["fatalities"]!.GetValue<int>()), (one.Events, one.Fatalities));
            Assert.Equal([newest["country"]!.GetValue<string>()], one.Countries.Select(c => c.Key));
            Assert.Equal([newest["event_type"]!.GetValue<string>()], one.EventTypes.Select(c => c.Key));

            var whole = await store.AggregateAsync(filter, (int)all.Events);
            Assert.False(whole.IsSample);
            Assert.Equal((all.Events, all.Fatalities), (whole.Events, whole.Fatalities));
            Assert.Equal(all.Weeks, whole.Weeks);
            Assert.Equal(all.Countries, whole.Countries);
            Assert.Equal(all.EventTypes, whole.EventTypes);
        }
    }

    [Fact]
    public async Task Search_follows_new_versions_and_splits()
    {
        await using var store = await CreateStoreAsync();
        await SaveFiveEventsAsync(store);

        var kidal = Atoms.Make("2025-03-10", "Kidal", 18.4411, 1.4078, 3, subType: "Air/drone strike", actor2: "Unidentified Armed Group (Mali)");
        kidal.Record["notes"] = "ambush on a convoy";
        await store.SaveDocumentAsync(Atoms.Document("kidal.txt", "kidal, updated", kidal));
        Assert.Equal(["Kidal"], await Places(store, new EventFilter { Text = "convoy" }));
        Assert.Empty(await Places(store, new EventFilter { Text = "wedding" }));
        Assert.Equal(["Kidal"], await Places(store, new EventFilter { Actor = "unidentified" }));
        Assert.Empty(await Places(store, new EventFilter { Actor = "civilians (mali)" }));

        var gao = Assert.Single(await store.QueryEventsAsync(new EventFilter { Admin1 = "gao" }));
        var newId = await store.SplitAsync(gao.Id, gao.Sources.Single(s => s.Uri == "gao-2.txt").AtomId, "analyst", "two clashes");
        Assert.Equal([newId], (await store.QueryEventsAsync(new EventFilter { Text = "gao-2" })).Select(e => e.Id));
        Assert.Equal([gao.Id, newId], (await store.QueryEventsAsync(new EventFilter { Text = "gao" })).Select(e => e.Id));
    }

    private protected static async Task<List<string>> Places(IEventStore store, EventFilter filter) =>
        [.. (await store.QueryEventsAsync(filter)).Select(e => e.Record["location"]!.GetValue<string>())];

    private static async Task<List<string>> Sorted(IEventStore store, EventSort sort) =>
        [.. (await store.SearchEventsAsync(EventFilter.All, sort, 0, 50, 50)).Events.Select(e => e.Record["location"]!.GetValue<string>())];

    /// <summary>Five events in four countries, saved in this order (ids ascending): Gao (two reports), Kidal,
    /// Tillaberi, Djibo, Khartoum.</summary>
    private static async Task SaveFiveEventsAsync(IEventStore store)
    {
        var gao = Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9);
        gao.Record["admin1"] = "Gao";
        gao.Record["notes"] = "clash near the market";
        var gaoAgain = Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9);
        gaoAgain.Record["admin1"] = "Gao";
        gaoAgain.Record["notes"] = "clash near the market";
        var kidal = Atoms.Make("2025-03-10", "Kidal", 18.4411, 1.4078, 12, subType: "Air/drone strike", actor2: "Civilians (Mali)");
        kidal.Record["event_type"] = "Explosions/Remote violence";
        kidal.Record["admin1"] = "Kidal";
        kidal.Record["notes"] = "drone strike on a wedding";
        var tillaberi = Atoms.Make("2025-04-10", "Tillaberi", 14.2116, 1.4531, 0, actor1: "Military Forces of Niger (2023-)", actor2: "Islamic State (Sahel)", iso: 562, country: "Niger");
        tillaberi.Record["assoc_actor_1"] = "Wagner Group";
        tillaberi.Record["admin1"] = "Tillaberi";
        tillaberi.Record["notes"] = "patrol ambushed";
        var djibo = Atoms.Make("2025-02-20", "Djibo", 14.1022, -1.6306, 5, subType: "Attack", actor1: "JNIM: Group for Support of Islam and Muslims", actor2: "Civilians (Burkina Faso)", iso: 854, country: "Burkina Faso");
        djibo.Record["event_type"] = "Violence against civilians";
        djibo.Record["admin1"] = "Sahel";
        djibo.Record["notes"] = "attack on the cattle market";
        var khartoum = Atoms.Make("2025-03-03", "Khartoum", 15.5007, 32.5599, 20, actor1: "Rapid Support Forces", actor2: "Military Forces of Sudan (2019-)", iso: 729, country: "Sudan");
        khartoum.Record["admin1"] = "Khartoum";
        khartoum.Record["notes"] = "shelling of the city";

        await store.SaveDocumentAsync(Atoms.Document("gao.txt", "gao", gao));
        await store.SaveDocumentAsync(Atoms.Document("gao-2.txt", "gao 2", gaoAgain));
        await store.SaveDocumentAsync(Atoms.Document("kidal.txt", "kidal", kidal));
        await store.SaveDocumentAsync(Atoms.Document("tillaberi.txt", "tillaberi", tillaberi));
        await store.SaveDocumentAsync(Atoms.Document("djibo.txt", "djibo", djibo) with { Source = "Ouaga Wire" });
        await store.SaveDocumentAsync(Atoms.Document("khartoum.txt", "khartoum", khartoum));
    }
}
