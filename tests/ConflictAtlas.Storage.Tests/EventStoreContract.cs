using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Storage.Ingestion;
using ConflictAtlas.Storage.Tests.Support;

namespace ConflictAtlas.Storage.Tests;

/// <summary>What every store must do. Each implementation runs this whole suite against a store of its own.</summary>
public abstract partial class EventStoreContract
{
    private static readonly Lazy<Pipeline> Coder = new(() => PipelineDefaults.Create());

    protected abstract Task<IEventStore> CreateStoreAsync();

    [Fact]
    public async Task Storing_the_same_bytes_twice_adds_nothing()
    {
        await using var store = await CreateStoreAsync();
        var doc = Atoms.Document("a.txt", "report A", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9));

        var first = await store.SaveDocumentAsync(doc);
        var second = await store.SaveDocumentAsync(doc with { Uri = "copy-of-a.txt" });

        Assert.Equal(SaveOutcome.Added, first.Outcome);
        Assert.Equal(SaveOutcome.Duplicate, second.Outcome);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(new StoreCounts(1, 1, 1, 1), await store.CountsAsync());
        Assert.True(await store.HasDocumentAsync(doc.Sha256));
    }

    [Fact]
    public async Task A_changed_page_is_a_new_version_that_replaces_the_old_reports()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("page.html", "first text", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 5)));

        var update = await store.SaveDocumentAsync(Atoms.Document("page.html", "updated text", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 7)));

        Assert.Equal(SaveOutcome.NewVersion, update.Outcome);
        Assert.Equal(2, update.Version);
        var events = await store.QueryEventsAsync(EventFilter.All);
        var only = Assert.Single(events);
        Assert.Equal(7, only.Record["fatalities"]!.GetValue<int>());
        Assert.Equal(update.DocumentId, Assert.Single(only.Sources).DocumentId);
        Assert.Equal(2, (await store.CountsAsync()).Documents);
    }

    [Fact]
    public async Task Same_actors_place_day_and_type_merge_but_other_days_and_towns_stay_apart()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("one.txt", "1", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9)));
        // Another outlet, another gazetteer's centroid 2 km away, actors listed the other way round.
        var merged = await store.SaveDocumentAsync(Atoms.Document("two.txt", "2", Atoms.Make(
            "2025-03-03", "Gao town", 16.2800, -0.0400, 11, actor1: "JNIM: Group for Support of Islam and Muslims", actor2: "Military Forces of Mali (2021-)")));
        var laterDay = await store.SaveDocumentAsync(Atoms.Document("three.txt", "3", Atoms.Make("2025-03-05", "Gao", 16.2717, -0.0447, 4)));
        var otherTown = await store.SaveDocumentAsync(Atoms.Document("four.txt", "4", Atoms.Make("2025-03-03", "Ansongo", 15.6597, 0.5022, 2)));

        Assert.Equal((1, 0), (merged.Merged, merged.Created));
        Assert.Equal((0, 1), (laterDay.Merged, laterDay.Created));
        Assert.Equal((0, 1), (otherTown.Merged, otherTown.Created));
        var events = await store.QueryEventsAsync(EventFilter.All);
        Assert.Equal(3, events.Count);
        var gao = events.Single(e => e.Sources.Count == 2);
        Assert.Equal(["one.txt", "two.txt"], gao.Sources.Select(s => s.Uri));
        Assert.Equal((9, 9, 11), (gao.Record["fatalities"]!.GetValue<int>(), gao.Record["fatalities_low"]!.GetValue<int>(), gao.Record["fatalities_high"]!.GetValue<int>()));
    }

    [Fact]
    public async Task An_imprecise_date_merges_with_the_day_before_and_the_precise_date_wins()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("week.txt", "w", Atoms.Make("2025-03-04", "Gao", 16.2717, -0.0447, 0, timePrecision: 2)));
        await store.SaveDocumentAsync(Atoms.Document("day.txt", "d", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 6)));

        var e = Assert.Single(await store.QueryEventsAsync(EventFilter.All));
        Assert.Equal("2025-03-03", e.Record["event_date"]!.GetValue<string>());
        Assert.Equal(1, e.Record["time_precision"]!.GetValue<int>());
        Assert.Equal(6, e.Record["fatalities"]!.GetValue<int>());
    }

    [Fact]
    public async Task Split_undoes_a_merge_and_both_steps_are_in_the_history()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("one.txt", "1", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9)));
        await store.SaveDocumentAsync(Atoms.Document("two.txt", "2", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 20)));
        var merged = Assert.Single(await store.QueryEventsAsync(EventFilter.All));
        var second = merged.Sources.Single(s => s.Uri == "two.txt");

        var newId = await store.SplitAsync(merged.Id, second.AtomId, "analyst", "a different clash");

        var events = await store.QueryEventsAsync(EventFilter.All);
        Assert.Equal(2, events.Count);
        Assert.Equal(9, events.Single(e => e.Id == merged.Id).Record["fatalities"]!.GetValue<int>());
        Assert.Equal(20, events.Single(e => e.Id == newId).Record["fatalities"]!.GetValue<int>());
        var history = await store.RevisionsAsync(merged.Id);
        Assert.Equal(["create", "merge", "split"], history.Select(r => r.Action));
        Assert.Equal("analyst", history[^1].Who);
        Assert.Contains("\"fatalities_high\":{\"from\":20,\"to\":9}", history[^1].What, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StoreException>(() => store.SplitAsync(merged.Id, second.AtomId, "analyst", "again"));
        await Assert.ThrowsAsync<StoreException>(() => store.SplitAsync(newId, second.AtomId, "analyst", "only source"));
    }

    [Fact]
    public async Task Queries_filter_by_country_and_date_range()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("mali.txt", "m", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 1)));
        await store.SaveDocumentAsync(Atoms.Document("niger.txt", "n", Atoms.Make("2025-04-10", "Tillaberi", 14.2116, 1.4531, 2, iso: 562, country: "Niger")));

        Assert.Equal("Niger", Assert.Single(await store.QueryEventsAsync(new EventFilter(Iso: 562))).Record["country"]!.GetValue<string>());
        Assert.Equal("Mali", Assert.Single(await store.QueryEventsAsync(new EventFilter(To: new DateOnly(2025, 3, 31)))).Record["country"]!.GetValue<string>());
        Assert.Empty(await store.QueryEventsAsync(new EventFilter(Iso: 466, From: new DateOnly(2025, 4, 1))));
    }

    [Fact]
    public async Task Three_outlets_on_one_strike_become_one_event_and_a_strike_two_days_later_stays_apart()
    {
        await using var store = await CreateStoreAsync();
        var folder = Path.Combine(AppContext.BaseDirectory, "Cases", "tinzaouaten-drone-strikes");
        var items = File.ReadAllLines(Path.Combine(folder, "manifest.jsonl"))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Select(j => new IngestItem(Path.Combine(folder, j.GetProperty("path").GetString()!), j.GetProperty("published").GetString(), j.GetProperty("source").GetString()))
            .ToList();
        var service = new IngestionService(Coder.Value, ArticleSources.Default, store);

        var summary = await service.RunAsync(items);

        Assert.Equal((4, 0, 2), (summary.Added, summary.Failed, summary.Merged));
        var events = await store.QueryEventsAsync(EventFilter.All);
        Assert.Equal(2, events.Count);
        var first = events[0];
        Assert.Equal(items.Take(3).Select(i => i.Uri).Order(), first.Sources.Select(s => s.Uri).Order());
        Assert.Equal("2024-12-01", first.Record["event_date"]!.GetValue<string>());
        Assert.Equal((8, 8, 10), (first.Record["fatalities"]!.GetValue<int>(), first.Record["fatalities_low"]!.GetValue<int>(), first.Record["fatalities_high"]!.GetValue<int>()));
        Assert.Equal(3, first.Record["claims"]!.AsArray().Select(c => c!["source"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(items[3].Uri, Assert.Single(events[1].Sources).Uri);
        Assert.Equal("2024-12-03", events[1].Record["event_date"]!.GetValue<string>());

        // Every source keeps its own evidence: the location span reads the spelling that outlet used.
        var spellings = first.Sources.Select(s => s.Evidence["location"]![0]!["text"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["Tin-Zaouatene", "Tinzaouaten", "Tinzaouatine"], spellings);

        var again = await service.RunAsync(items);
        Assert.Equal(4, again.Unchanged);
        Assert.Equal(2, (await store.QueryEventsAsync(EventFilter.All)).Count);
    }
}
