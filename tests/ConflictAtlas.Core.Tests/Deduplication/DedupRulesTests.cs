using ConflictAtlas.Core.Deduplication;

namespace ConflictAtlas.Core.Tests.Deduplication;

public sealed class DedupRulesTests
{
    private static readonly AtomKey Gao = new(
        "Armed clash", "Military Forces of Mali (2021-)", "JNIM", 466, "gn-2457163", 16.2717, -0.0447, 1, new DateOnly(2025, 3, 3), 1);

    [Fact]
    public void The_same_event_told_with_the_actors_reversed_and_another_centroid_matches() =>
        Assert.Null(DedupRules.Explain(Gao, Gao with { Actor1 = Gao.Actor2, Actor2 = Gao.Actor1, GazetteerId = null, Latitude = 16.28, Longitude = -0.04 }));

    [Theory]
    [InlineData(1, 1, 1, "different days")]
    [InlineData(1, 2, 1, null)]
    [InlineData(2, 1, 1, null)]
    [InlineData(1, 2, 2, "different days")]
    [InlineData(1, 1, 0, null)]
    public void Dates_match_on_the_day_or_one_day_apart_when_imprecise(int precisionA, int precisionB, int daysApart, string? expected) =>
        Assert.Equal(expected, DedupRules.Explain(Gao with { TimePrecision = precisionA }, Gao with { TimePrecision = precisionB, Date = Gao.Date!.Value.AddDays(daysApart) }));

    [Fact]
    public void A_town_60_km_away_is_a_different_place_but_a_region_level_code_spans_it()
    {
        var ansongo = Gao with { GazetteerId = "gn-ansongo", Latitude = 15.6597, Longitude = 0.5022 };

        Assert.Equal("different places", DedupRules.Explain(Gao, ansongo));
        Assert.Null(DedupRules.Explain(Gao with { GeoPrecision = 3, GazetteerId = null }, ansongo));
    }

    [Theory]
    [InlineData("Military Forces of Mali (2021-)", "", null)]
    [InlineData("", "JNIM", null)]
    [InlineData("Military Forces of Mali (2021-)", "Islamic State (Sahel Province)", "different actors")]
    [InlineData("Civilians (Mali)", "JNIM", "different actors")]
    public void A_report_naming_one_side_matches_but_another_pair_does_not(string actor1, string actor2, string? expected) =>
        Assert.Equal(expected, DedupRules.Explain(Gao, Gao with { Actor1 = actor1, Actor2 = actor2 }));

    [Fact]
    public void Sub_event_type_and_country_must_agree_and_undated_events_never_merge()
    {
        Assert.Equal("different sub-event types", DedupRules.Explain(Gao, Gao with { SubEventType = "Attack" }));
        Assert.Equal("different countries", DedupRules.Explain(Gao, Gao with { Iso = 562 }));
        Assert.Equal("no date or place to compare", DedupRules.Explain(Gao, Gao with { Date = null }));
    }
}
