using ConflictAtlas.Core.Deduplication;

namespace ConflictAtlas.Core.Tests.Deduplication;

public sealed class EventDeduplicatorTests
{
    private static AtomKey Key(string place, double lat, double lon, int day, string sub = "Armed clash", int precision = 1, int? fatalities = null) =>
        new(sub, "Military Forces of Mali (2021-)", "JNIM", 466, place, lat, lon, 1, new DateOnly(2025, 3, day), precision, "Gao", place, fatalities);

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
    public void A_higher_threshold_merges_less()
    {
        var keys = new[] { Key("gao", 16.2717, -0.0447, 3), Key("gao", 16.2717, -0.0447, 3, sub: "Attack") };

        Assert.Equal([0, 0], EventDeduplicator.Cluster(keys, null, 0.5));
        Assert.Equal([0, 1], EventDeduplicator.Cluster(keys, null, 0.99));
    }
}
