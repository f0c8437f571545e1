using ConflictAtlas.Core.Events;
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
    public async Task A_village_joins_the_event_placed_at_the_seat_named_like_its_district_and_a_village_of_another_district_does_not()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("seat.txt", "s", Atoms.Make("2025-03-03", "Tessit", 15.5, 0.6, 4, admin1: "Gao", admin2: "Tessit")));
        var village = await store.SaveDocumentAsync(Atoms.Document("village.txt", "v", Atoms.Make("2025-03-03", "Kobo", 15.9, 0.6, 4, admin1: "Gao", admin2: "Tessit")));
        var outside = await store.SaveDocumentAsync(Atoms.Document("outside.txt", "o", Atoms.Make("2025-03-03", "Kara", 15.9, 1.0, 4, admin1: "Gao", admin2: "Bourem")));

        Assert.Equal((1, 0), (village.Merged, village.Created));
        Assert.Equal((0, 1), (outside.Merged, outside.Created));
    }

    [Fact]
    public async Task A_report_dated_only_by_the_day_it_was_read_joins_the_one_event_told_years_before_whichever_is_stored_first()
    {
        await using var store = await CreateStoreAsync();
        Task<SaveResult> Save(string uri, string place, double lat, string date, DateSource source = DateSource.Text) =>
            store.SaveDocumentAsync(Atoms.Document(uri, uri, Atoms.Make(
                date, place, lat, 1.0, 4, timePrecision: source == DateSource.ReadDay ? 3 : 1, dateSource: source)));

        // Read first, told after: the told event finds the read-day event ahead of its own date.
        await Save("read-1.txt", "Gao", 16.27, "2027-11-20", DateSource.ReadDay);
        var told = await Save("told-1.txt", "Gao", 16.27, "2025-03-03");
        // Told first, read after: the read-day event looks back.
        await Save("told-2.txt", "Kidal", 18.44, "2025-06-10");
        var read = await Save("read-2.txt", "Kidal", 18.44, "2027-10-02", DateSource.ReadDay);
        // A day after the read day is not before it.
        var after = await Save("after.txt", "Kidal", 18.44, "2027-12-30");
        // Two events at Gao before the read day: the undated report could be either, so it joins neither.
        await Save("told-3.txt", "Gao", 16.27, "2026-01-05");
        var either = await Save("read-3.txt", "Gao", 16.27, "2027-12-01", DateSource.ReadDay);

        Assert.Equal((1, 0), (told.Merged, told.Created));
        Assert.Equal((1, 0), (read.Merged, read.Created));
        Assert.Equal((0, 1), (after.Merged, after.Created));
        Assert.Equal((0, 1), (either.Merged, either.Created));
        var dates = (await store.QueryEventsAsync(EventFilter.All)).Where(e => e.Sources.Count == 2).Select(e => e.Record["event_date"]!.GetValue<string>()).Order();
        Assert.Equal(["2025-03-03", "2025-06-10"], dates);
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
