using ConflictAtlas.Core.Deduplication;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Tests.Deduplication;

public sealed class DedupRulesTests
{
    private static readonly AtomKey Gao = new(
        "Armed clash", "Military Forces of Mali (2021-)", "JNIM", 466, "gn-2457163", 16.2717, -0.0447, 1, new DateOnly(2025, 3, 3), 1,
        "Gao", "Gao", 5);

    [Fact]
    public void The_same_event_told_with_the_actors_reversed_and_another_centroid_matches() =>
        Assert.Null(DedupRules.Explain(Gao, Gao with { Actor1 = Gao.Actor2, Actor2 = Gao.Actor1, GazetteerId = null, Latitude = 16.28, Longitude = -0.04 }));

    [Theory]
    [InlineData(1, 1, 1, "different days")]
    [InlineData(1, 1, 0, null)]
    [InlineData(1, 2, 1, null)]
    [InlineData(2, 1, 1, null)]
    [InlineData(2, 2, 6, null)]
    [InlineData(2, 2, 8, "different days")]
    [InlineData(1, 3, 20, null)]
    [InlineData(1, 3, 32, "different days")]
    public void Dates_match_within_the_window_of_the_less_precise_date(int precisionA, int precisionB, int daysApart, string? expected) =>
        Assert.Equal(expected, DedupRules.Explain(Gao with { TimePrecision = precisionA }, Gao with { TimePrecision = precisionB, Date = Gao.Date!.Value.AddDays(daysApart) }));

    [Fact]
    public void A_date_taken_from_the_day_the_page_was_read_matches_an_event_up_to_the_limit_before_it_but_not_after()
    {
        var read = Gao with { Date = Gao.Date!.Value.AddDays(900), TimePrecision = 3, DateSource = DateSource.ReadDay };

        Assert.Null(DedupRules.Explain(Gao, read));
        Assert.Null(DedupRules.Explain(read, Gao));
        Assert.Equal("different days", DedupRules.Explain(Gao with { Date = read.Date!.Value.AddDays(40) }, read));
        Assert.Equal("different days", DedupRules.Explain(Gao with { Date = read.Date!.Value.AddDays(-DedupRules.ReadDayBeforeDays - 2) }, read));
    }

    [Fact]
    public void A_read_day_date_says_nothing_about_the_day_so_only_a_pair_agreeing_on_everything_else_merges()
    {
        var read = Gao with { Date = Gao.Date!.Value.AddDays(30), TimePrecision = 3, DateSource = DateSource.ReadDay };
        var sameMonthText = read with { DateSource = DateSource.Text };

        // Thirty days before a month-precise date of the text scores by the gap; before a read day it scores as unknown.
        Assert.NotEqual(DedupRules.Score(Gao, sameMonthText).Score, DedupRules.Score(Gao, read).Score);
        Assert.Equal("a read day needs the same type and actors", DedupRules.Explain(Gao with { Actor2 = string.Empty }, read));
        Assert.Equal("a read day needs the same type and actors", DedupRules.Explain(Gao with { SubEventType = "Attack" }, read));
    }

    [Fact]
    public void A_weekday_counted_back_from_the_read_day_matches_a_day_of_the_text_on_that_weekday_or_the_next_to_it()
    {
        // 2025-03-03 is a Monday; the read-day key names a Monday two years later.
        var monday = Gao with { Date = new DateOnly(2027, 3, 1), TimePrecision = 3, DateSource = DateSource.ReadDayWeekday };

        Assert.Null(DedupRules.Explain(Gao, monday));
        Assert.Null(DedupRules.Explain(Gao with { Date = new DateOnly(2025, 3, 4) }, monday));
        Assert.Equal("different days", DedupRules.Explain(Gao with { Date = new DateOnly(2025, 3, 6) }, monday));
        Assert.Null(DedupRules.Explain(Gao with { Date = new DateOnly(2025, 3, 6), TimePrecision = 2 }, monday));
    }

    [Fact]
    public void Two_pages_read_on_one_day_are_not_one_event_for_that_alone()
    {
        var read = Gao with { TimePrecision = 3, DateSource = DateSource.ReadDay };

        Assert.True(DedupRules.Score(read, read).Score < DedupRules.Score(read with { DateSource = DateSource.Text }, read with { DateSource = DateSource.Text }).Score);
    }

    [Fact]
    public void An_exact_date_scores_above_a_date_one_day_off()
    {
        var week = Gao with { TimePrecision = 2 };
        Assert.True(DedupRules.Score(Gao, week).Score > DedupRules.Score(Gao with { Date = Gao.Date!.Value.AddDays(1) }, week).Score);
    }

    [Fact]
    public void A_town_60_km_away_is_a_different_place_but_a_region_level_code_spans_it()
    {
        var ansongo = Gao with { GazetteerId = "gn-ansongo", Latitude = 15.6597, Longitude = 0.5022, Location = "Ansongo" };

        Assert.Equal("different places", DedupRules.Explain(Gao, ansongo));
        Assert.Null(DedupRules.Explain(Gao with { GeoPrecision = 3, GazetteerId = null, Location = "Gao Region" }, ansongo));
    }

    [Fact]
    public void A_town_inside_the_region_the_other_report_names_is_the_same_place_even_far_from_its_centroid()
    {
        var region = Gao with { GeoPrecision = 3, GazetteerId = null, Location = "Tombouctou", Admin1 = "Tombouctou", Latitude = 20.0, Longitude = -2.0 };
        var town = Gao with { GazetteerId = null, Location = "Ber", Admin1 = "Tombouctou", Latitude = 16.85, Longitude = -3.4 };

        Assert.Null(DedupRules.Explain(region, town));
        Assert.Equal("different places", DedupRules.Explain(region, town with { Admin1 = "Gao" }));
    }

    [Fact]
    public void A_part_of_the_country_named_without_a_region_holds_any_town_of_the_country_at_a_lower_place_score()
    {
        var north = Gao with { GeoPrecision = 3, GazetteerId = null, Location = "northern Mali", Admin1 = null, Latitude = 19.5, Longitude = -3.5 };
        var town = Gao with { GazetteerId = null, Location = "Ber", Admin1 = "Tombouctou", Latitude = 16.85, Longitude = -3.4 };

        Assert.Equal(DedupRules.CountryPlaceScore, DedupRules.PlaceScore(north, town));
        Assert.Equal(DedupRules.CountryPlaceScore, DedupRules.PlaceScore(town, north with { Latitude = null, Longitude = null }));
        Assert.Null(DedupRules.Explain(north, town));
        Assert.Equal("different places", DedupRules.Explain(north with { Admin1 = "Kidal" }, town));
    }

    [Fact]
    public void A_town_and_the_district_its_seat_names_are_one_place()
    {
        // One report names the village, the other the district by the name of its seat, some 40 km off.
        var village = Gao with { GazetteerId = "v-1", Location = "Kobo", Admin1 = "Gao", Admin2 = "Tessit", Latitude = 15.9, Longitude = 0.6 };
        var seat = Gao with { GazetteerId = "v-2", Location = "Tessit", Admin1 = "Gao", Admin2 = "Tessit", Latitude = 15.65, Longitude = 0.9 };

        Assert.Equal(0.8, DedupRules.PlaceScore(village, seat));
        Assert.Equal(0.8, DedupRules.PlaceScore(seat, village));
        Assert.Null(DedupRules.Explain(village, seat));
        Assert.Equal("different places", DedupRules.Explain(village with { Admin2 = "Bourem" }, seat));
        Assert.Equal("different places", DedupRules.Explain(village, seat with { Admin1 = "Kidal" }));
        // A town that is not the seat of the district both lie in is only another town of it.
        Assert.Equal("different places", DedupRules.Explain(village with { Admin2 = "Ansongo" }, seat with { Admin2 = "Ansongo" }));
    }

    [Fact]
    public void Region_names_compare_without_their_region_word()
    {
        var region = Gao with { GeoPrecision = 3, GazetteerId = null, Location = "Kaduna State", Admin1 = "Kaduna State", Latitude = 10.5, Longitude = 7.4 };
        var town = Gao with { GazetteerId = null, Location = "Zaria", Admin1 = "Kaduna", Latitude = 11.1, Longitude = 7.7 };

        Assert.Null(DedupRules.Explain(region with { Latitude = 12.5 }, town));
        Assert.Equal(0.8, DedupRules.PlaceScore(region with { Latitude = 12.5 }, town));
    }

    [Fact]
    public void Two_towns_of_one_name_far_apart_are_two_places()
    {
        var namesake = Gao with { GazetteerId = null, Latitude = 14.5, Longitude = -2.0 };

        Assert.Equal("different places", DedupRules.Explain(Gao with { GazetteerId = null }, namesake));
        Assert.Equal(1, DedupRules.PlaceScore(Gao with { GazetteerId = null }, Gao with { GazetteerId = null, Latitude = 16.30 }));
    }

    [Fact]
    public void Places_without_coordinates_compare_by_name_and_region()
    {
        var noPoint = Gao with { GazetteerId = null, Latitude = null, Longitude = null };

        Assert.Null(DedupRules.Explain(noPoint, noPoint));
        Assert.Equal("different places", DedupRules.Explain(noPoint, noPoint with { Location = "Ansongo", Admin1 = "Menaka" }));
    }

    [Theory]
    [InlineData("Military Forces of Mali (2021-)", "", null)]
    [InlineData("", "JNIM", null)]
    [InlineData("Police Forces of Mali (2021-)", "JNIM", null)]
    [InlineData("Military Forces of Mali (2021-)", "Military Forces of Mali (2021-)", null)]
    [InlineData("Military Forces of Mali (2021-)", "Unidentified Armed Group (Mali)", null)]
    [InlineData("Military Forces of Mali (2021-)", "Islamic State (Sahel Province)", "different actors")]
    [InlineData("Civilians (Mali)", "JNIM", "different actors")]
    [InlineData("Military Forces of Niger (2023-)", "JNIM", "different actors")]
    public void A_side_left_unnamed_or_told_less_precisely_matches_but_another_organisation_does_not(string actor1, string actor2, string? expected) =>
        Assert.Equal(expected, DedupRules.Explain(Gao, Gao with { Actor1 = actor1, Actor2 = actor2 }));

    [Fact]
    public void Sub_event_types_that_one_event_can_be_told_as_are_compatible_others_are_not()
    {
        var attack = Gao with { SubEventType = "Attack", Actor2 = "Civilians (Mali)" };

        Assert.Equal(0.6, DedupRules.TypeScore("Attack", "Air/drone strike"));
        Assert.Equal(0.6, DedupRules.TypeScore("Peaceful protest", "Protest with intervention"));
        Assert.Null(DedupRules.Explain(attack, attack with { SubEventType = "Air/drone strike" }));
        Assert.Equal("incompatible sub-event types", DedupRules.Explain(attack, attack with { SubEventType = "Peaceful protest" }));
        Assert.True(DedupRules.Score(attack, attack).Score > DedupRules.Score(attack, attack with { SubEventType = "Air/drone strike" }).Score);
    }

    [Fact]
    public void Tolls_that_disagree_lower_the_score_and_a_missing_toll_counts_half()
    {
        Assert.Equal(1, DedupRules.TollScore(5, 5));
        Assert.Equal(0.5, DedupRules.TollScore(5, null));
        Assert.Equal(0.5, DedupRules.TollScore(0, 12));
        Assert.Equal(6.0 / 13, DedupRules.TollScore(5, 12), 6);
    }

    [Fact]
    public void Regime_periods_are_not_part_of_the_name()
    {
        Assert.Equal("Military Forces of Mali", DedupRules.Bare("Military Forces of Mali (2021-)"));
        Assert.Equal("Military Forces of Mali", DedupRules.Bare("Military Forces of Mali (2012-2013)"));
        Assert.Equal("Civilians (Mali)", DedupRules.Bare("Civilians (Mali)"));
    }

    [Fact]
    public void Country_must_agree_and_undated_events_never_merge()
    {
        Assert.Equal("different countries", DedupRules.Explain(Gao, Gao with { Iso = 562 }));
        Assert.Equal("no date or place to compare", DedupRules.Explain(Gao, Gao with { Date = null }));
        Assert.Equal("no date or place to compare", DedupRules.Explain(Gao, Gao with { Iso = null }));
    }

    [Fact]
    public void Differences_name_each_field_that_disagrees()
    {
        var other = Gao with { Date = Gao.Date!.Value.AddDays(1), Fatalities = 12, SubEventType = "Attack" };

        var differences = DedupRules.Differences(Gao, other);

        Assert.Equal(["date", "sub-event type", "fatalities"], differences.Select(d => d[..d.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Empty(DedupRules.Differences(Gao, Gao));
    }

    [Fact]
    public void A_place_difference_names_each_side_s_district_when_the_key_has_one()
    {
        var village = Gao with { GazetteerId = "v-1", Location = "Kobo", Admin1 = "Gao", Admin2 = "Tessit", Latitude = 15.9, Longitude = 0.6 };
        var elsewhere = Gao with { GazetteerId = "v-3", Location = "Bara", Admin1 = "Gao", Admin2 = null, Latitude = 17.0, Longitude = 0.4 };

        var place = Assert.Single(DedupRules.Differences(village, elsewhere), d => d.StartsWith("place:", StringComparison.Ordinal));

        Assert.Contains("Kobo (precision 1, Gao / Tessit)", place, StringComparison.Ordinal);
        Assert.Contains("Bara (precision 1, Gao)", place, StringComparison.Ordinal);
    }
}
