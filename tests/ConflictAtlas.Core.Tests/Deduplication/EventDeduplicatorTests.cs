using ConflictAtlas.Core.Deduplication;

namespace ConflictAtlas.Core.Tests.Deduplication;

public sealed class EventDeduplicatorTests
{
    private static AtomKey Key(string place, double lat, double lon, int day, string sub = "Armed clash", int precision = 1) =>
        new(sub, "Military Forces of Mali (2021-)", "JNIM", 466, place, lat, lon, 1, new DateOnly(2025, 3, day), precision);

    [Fact]
    public void Reports_of_one_event_share_a_cluster_and_other_days_and_towns_get_their_own()
    {
        var keys = new[]
        {
            Key("gao", 16.2717, -0.0447, 3),
            Key("ansongo", 15.6597, 0.5022, 3),
            Key("gao", 16.2717, -0.0447, 3),
            Key("gao", 16.2717, -0.0447, 5),
            Key("gao-variant", 16.275, -0.05, 4, precision: 2),
            Key("gao", 16.2717, -0.0447, 3, sub: "Attack"),
        };

        Assert.Equal([0, 1, 0, 2, 0, 3], EventDeduplicator.Cluster(keys));
    }
}
