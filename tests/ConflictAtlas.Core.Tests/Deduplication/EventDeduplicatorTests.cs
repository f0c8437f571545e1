using ConflictAtlas.Core.Deduplication;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Tests.Deduplication;

public sealed class EventDeduplicatorTests
{
    private static AtomKey Key(string place, double lat, double lon, int day, string sub = "Armed clash", int precision = 1, int? fatalities = null, string admin1 = "Gao") =>
        new(sub, "Military Forces of Mali (2021-)", "JNIM", 466, place, lat, lon, 1, new DateOnly(2025, 3, day), precision, admin1, place, fatalities);

    [Fact]
    public void Reports_of_one_event_share_a_cluster_and_other_days_and_towns_get_their_own()
    {
        var keys = new[]
        {
            Key("gao", 16.2717, -0.0447, 3),
            Key("ansongo", 15.6597, 0.5022, 3),
            Key("gao", 16.2717, -0.0447, 3),
            Key("gao", 16.2717, -0.0447, 5),
            Key("gao-variant", 16.275, -0.05, 3, precision: 2),
            Key("gao", 16.2717, -0.0447, 3, sub: "Peaceful protest"),
        };

        Assert.Equal([0, 1, 0, 2, 0, 3], EventDeduplicator.Cluster(keys));
    }

    [Fact]
    public void A_village_joins_the_event_placed_at_the_seat_named_like_its_district_whichever_comes_first()
    {
        // The seat lies 45 km south of the village: beyond a town's reach, within its district.
        var seat = Key("tessit", 15.5, 0.6, 3) with { Admin2 = "Tessit" };
        var village = Key("kobo", 15.9, 0.6, 3) with { Admin2 = "Tessit" };
        var elsewhere = Key("kara", 15.9, 0.6, 3) with { Admin2 = "Bourem", Actor2 = "ISGS" };

        Assert.Equal([0, 0], EventDeduplicator.Cluster([seat, village]));
        Assert.Equal([0, 0], EventDeduplicator.Cluster([village, seat]));
        Assert.Equal([0, 1], EventDeduplicator.Cluster([village with { Admin2 = "Bourem" }, seat]));
        Assert.Equal([0, 1, 1], EventDeduplicator.Cluster([elsewhere, seat, village]));
    }

    [Fact]
    public void A_week_precise_report_joins_the_event_a_few_days_away_and_a_month_precise_one_the_event_weeks_away()
    {
        var keys = new[]
        {
            Key("gao", 16.2717, -0.0447, 3, fatalities: 4),
            Key("gao", 16.2717, -0.0447, 8, precision: 2, fatalities: 4),
            Key("gao", 16.2717, -0.0447, 25, precision: 3, fatalities: 4),
            Key("gao", 16.2717, -0.0447, 12, precision: 2, fatalities: 4),
        };

        Assert.Equal([0, 0, 0, 1], EventDeduplicator.Cluster(keys));
    }

    [Fact]
    public void The_events_of_one_report_are_paired_best_first_and_never_join_one_event()
    {
        // Report 0 tells one clash; report 1 tells two on that day in that town, the second closer to the first
        // report (same toll): it joins, and the other stays apart although it also scores above the threshold.
        var keys = new[]
        {
            Key("gao", 16.2717, -0.0447, 3, fatalities: 7),
            Key("gao", 16.2717, -0.0447, 3, fatalities: 2),
            Key("gao", 16.2717, -0.0447, 3, fatalities: 7),
        };

        Assert.True(DedupRules.SameEvent(keys[0], keys[1]));
        Assert.Equal([0, 1, 0], EventDeduplicator.Cluster(keys, [0, 1, 1], DedupRules.Threshold));
        Assert.Equal([0, 0, 0], EventDeduplicator.Cluster(keys, null, DedupRules.Threshold));
    }

    [Fact]
    public void A_report_dated_by_the_day_it_was_read_joins_the_event_years_before_in_either_order()
    {
        var told = Key("gao", 16.2717, -0.0447, 3);
        var read = told with { Date = new DateOnly(2027, 11, 20), TimePrecision = 3, DateSource = DateSource.ReadDay };
        var later = told with { Date = new DateOnly(2027, 12, 30) };

        Assert.Equal([0, 0, 1], EventDeduplicator.Cluster([told, read, later]));
        Assert.Equal([0, 0, 1], EventDeduplicator.Cluster([read, told, later]));
    }

    [Fact]
    public void A_report_dated_by_the_day_it_was_read_joins_no_event_when_two_before_it_fit()
    {
        var first = Key("gao", 16.2717, -0.0447, 3);
        var second = first with { Date = new DateOnly(2026, 8, 14) };
        var read = first with { Date = new DateOnly(2027, 11, 20), TimePrecision = 3, DateSource = DateSource.ReadDay };

        Assert.Equal([0, 1, 2], EventDeduplicator.Cluster([first, second, read]));
    }

    [Fact]
    public void A_higher_threshold_merges_less()
    {
        var keys = new[] { Key("gao", 16.2717, -0.0447, 3), Key("gao", 16.2717, -0.0447, 3, sub: "Attack") };

        Assert.Equal([0, 0], EventDeduplicator.Cluster(keys, null, 0.5));
        Assert.Equal([0, 1], EventDeduplicator.Cluster(keys, null, 0.99));
    }

    [Fact]
    public void A_town_level_record_finds_region_level_and_unplaced_events_of_its_block_as_well_as_nearby_towns()
    {
        // One day in one country: towns far north and south of Gao, the Gao region without a town, and a report that
        // names Gao without coordinates. Towns are searched by latitude; the region-level and unplaced events always.
        var region = new AtomKey("Armed clash", "Military Forces of Mali (2021-)", "JNIM", 466, "gao-region", 16.5, 0.5, 3, new DateOnly(2025, 3, 3), 1, "Gao", "Gao region");
        var unplaced = new AtomKey("Armed clash", "Military Forces of Mali (2021-)", "JNIM", 466, "gao", null, null, 1, new DateOnly(2025, 3, 3), 1, "Gao", "gao");
        var keys = new[]
        {
            Key("kidal", 18.4411, 1.4078, 3, admin1: "Kidal"),
            Key("menaka", 15.9182, 2.4022, 3, admin1: "Menaka"),
            region,
            unplaced,
            Key("gao", 16.2717, -0.0447, 3),
        };

        var clusters = EventDeduplicator.Cluster(keys);

        Assert.NotEqual(clusters[0], clusters[4]);
        Assert.NotEqual(clusters[1], clusters[4]);
        Assert.Contains(clusters[4], new[] { clusters[2], clusters[3] });
    }
}
