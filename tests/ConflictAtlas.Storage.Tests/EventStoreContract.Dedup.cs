using ConflictAtlas.Storage.Tests.Support;

namespace ConflictAtlas.Storage.Tests;

/// <summary>Deduplication as the store applies it: compatible tellings of one event merge, with the score recorded.</summary>
public abstract partial class EventStoreContract
{
    [Fact]
    public async Task An_attack_told_as_an_air_strike_by_another_outlet_merges_and_the_revision_gives_the_score()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("one.txt", "1", Atoms.Make(
            "2025-03-03", "Gao", 16.2717, -0.0447, 9, subType: "Attack", actor1: "Military Forces of Mali (2021-)", actor2: "Civilians (Mali)")));
        var merged = await store.SaveDocumentAsync(Atoms.Document("two.txt", "2", Atoms.Make(
            "2025-03-03", "Gao", 16.2717, -0.0447, 9, subType: "Air/drone strike", actor1: "Military Forces of Mali (2021-)", actor2: "Civilians (Mali)")));
        var protest = await store.SaveDocumentAsync(Atoms.Document("three.txt", "3", Atoms.Make(
            "2025-03-03", "Gao", 16.2717, -0.0447, 0, subType: "Peaceful protest", actor1: "Protesters (Mali)", actor2: "")));

        Assert.Equal((1, 0), (merged.Merged, merged.Created));
        Assert.Equal((0, 1), (protest.Merged, protest.Created));
        var strike = (await store.QueryEventsAsync(EventFilter.All)).Single(e => e.Sources.Count == 2);
        var merge = (await store.RevisionsAsync(strike.Id)).Single(r => r.Action == "merge");
        Assert.Contains("score 0.88", merge.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_dated_to_the_month_joins_the_event_weeks_away_and_a_town_in_the_named_region_joins_too()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("day.txt", "d", Atoms.Make("2025-03-03", "Ber", 16.85, -3.4, 4, admin1: "Tombouctou")));
        var month = await store.SaveDocumentAsync(Atoms.Document("month.txt", "m", Atoms.Make(
            "2025-03-15", "Tombouctou region", 20.0, -2.0, 4, timePrecision: 3, geoPrecision: 3, admin1: "Tombouctou")));
        var otherRegion = await store.SaveDocumentAsync(Atoms.Document("gao.txt", "g", Atoms.Make(
            "2025-03-20", "Gao region", 16.27, -0.04, 4, timePrecision: 3, geoPrecision: 3, admin1: "Gao")));

        Assert.Equal((1, 0), (month.Merged, month.Created));
        Assert.Equal((0, 1), (otherRegion.Merged, otherRegion.Created));
        var joined = (await store.QueryEventsAsync(EventFilter.All)).Single(e => e.Sources.Count == 2);
        Assert.Equal(("2025-03-03", "Ber"), (joined.Record["event_date"]!.GetValue<string>(), joined.Record["location"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_events_of_one_report_join_the_events_they_score_best_with_and_never_one_event_together()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("one.txt", "1", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 7)));
        // Both events of the second report score above the threshold with the first report's clash; the second
        // (same toll) is the better pair and joins it, the first starts an event of its own.
        var second = await store.SaveDocumentAsync(Atoms.Document("two.txt", "2",
            Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 2),
            Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 7)));

        Assert.Equal((1, 1), (second.Merged, second.Created));
        var events = await store.QueryEventsAsync(EventFilter.All);
        var pair = events.Single(e => e.Sources.Count == 2);
        Assert.Equal((7, 7), (pair.Record["fatalities_low"]!.GetValue<int>(), pair.Record["fatalities_high"]!.GetValue<int>()));
    }
}
