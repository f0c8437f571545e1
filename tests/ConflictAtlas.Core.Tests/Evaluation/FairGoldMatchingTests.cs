using System.Text.Json.Nodes;
using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Evaluation;

/// <summary>The evaluation reads real gold fully: tolerances, alternatives, optional events (constructed events only).</summary>
public sealed class FairGoldMatchingTests
{
    private static readonly TextSpan Span = new(0, 5);

    [Theory]
    [InlineData(1, "2024-03-10", true)]
    [InlineData(1, "2024-03-11", false)]
    [InlineData(null, "2024-03-11", false)]
    [InlineData(2, "2024-03-17", true)]
    [InlineData(2, "2024-03-03", true)]
    [InlineData(2, "2024-03-18", false)]
    [InlineData(3, "2024-03-31", true)]
    [InlineData(3, "2024-04-01", false)]
    public void The_date_agrees_within_the_tolerance_of_the_gold_time_precision(int? precision, string predicted, bool agrees)
    {
        var gold = Gold() with { EventDate = "2024-03-10", TimePrecision = precision };

        Assert.Equal(agrees, GoldRules.DateAgrees(DateOnly.Parse(predicted, System.Globalization.CultureInfo.InvariantCulture), gold));
    }

    [Fact]
    public void A_week_precision_gold_date_pairs_and_scores_a_prediction_three_days_off()
    {
        var matcher = new EventMatcher();
        var predicted = Event("Protests", "Peaceful protest", date: new DateOnly(2024, 3, 13), place: ("Elsewhere", 0, 0));

        matcher.Add([predicted], [Gold("Protests", "Peaceful protest") with { EventDate = "2024-03-10", TimePrecision = 2 }], []);

        var report = matcher.Report();
        Assert.Equal(1, report.Matched);
        Assert.Equal(1.0, report.Scores()["event_date"]);
    }

    [Fact]
    public void Actor_names_compare_ignoring_case_accents_and_a_trailing_regime_period()
    {
        var names = ActorNames.None;

        Assert.True(names.Agree("Military Forces of Mali (2021-)", "military forces of mali", []));
        Assert.True(names.Agree("Police Forces of Côte d'Ivoire (2011-2020)", "Police Forces of Cote d'Ivoire", []));
        Assert.False(names.Agree("Military Forces of Mali (2021-)", "Military Forces of Niger", []));
        Assert.False(names.Agree("Civilians (Mali)", "Civilians", []));
        Assert.False(names.Agree(null, "Civilians (Mali)", []));
    }

    [Fact]
    public void A_gold_alternative_name_or_a_catalogue_alias_of_the_predicted_actor_agrees()
    {
        var names = new ActorNames([
            ("Northern Hills Liberation Front", ["NHLF", "Front de libération des collines"]),
            ("Southern Valley Militia", ["valley fighters"]),
            ("Eastern Valley Militia", ["valley fighters"]),
        ]);

        Assert.True(names.Agree("Northern Hills Liberation Front", "NHLF", []));
        Assert.True(names.Agree("Northern Hills Liberation Front", "Hill Front", ["front de liberation des collines"]));
        Assert.True(names.Agree("NHLF", "Hill Front", ["nhlf"]));
        Assert.False(names.Agree("Northern Hills Liberation Front", "Hill Front", []));
        // An alias two catalogue actors share names neither of them.
        Assert.False(names.Agree("Southern Valley Militia", "valley fighters", []));
    }

    [Fact]
    public void The_catalogue_rows_give_aliases_but_not_the_country_bound_generic_words()
    {
        var names = ActorNames.FromRows([
            ["Military Forces of Freedonia", "State forces", "FD", "", "", "FDA|@FD the army"],
        ]);

        Assert.True(names.Agree("Military Forces of Freedonia (2019-)", "FDA", []));
        Assert.False(names.Agree("Military Forces of Freedonia (2019-)", "the army", []));
    }

    [Fact]
    public void The_coders_catalogue_gives_its_aliases_without_the_country_bound_words()
    {
        var names = ActorNames.Catalogue;

        Assert.True(names.Agree("Al Shabaab", "Harakat al-Shabaab al-Mujahideen", []));
        Assert.True(names.Agree("Al Shabaab", "حركة الشباب", []));
        // "the youth": al-Shabaab only in a Somali report, so it names nobody.
        Assert.False(names.Agree("Al Shabaab", "الشباب", []));
    }

    [Fact]
    public void The_protesters_and_the_intervening_force_of_a_protest_agree_in_either_order()
    {
        var rules = new GoldRules(ActorNames.None);
        var predicted = Event("Protests", "Excessive force against protesters", actor1: "Police Forces of Kenya", actor2: "Protesters (Kenya)");
        var protest = Gold("Protests", "Excessive force against protesters") with { Actor1 = "Protesters (Kenya)", Actor2 = "Police Forces of Kenya" };
        var clash = Gold("Battles", "Armed clash") with { Actor1 = "Protesters (Kenya)", Actor2 = "Police Forces of Kenya" };

        Assert.Equal((true, true), rules.ActorsAgree(predicted, protest));
        Assert.Equal((false, false), rules.ActorsAgree(predicted, clash));
    }

    [Fact]
    public void An_alternative_sub_event_type_agrees_on_the_type_and_the_sub_event_type()
    {
        var predicted = Event("Violence against civilians", "Attack");
        var gold = Gold("Battles", "Armed clash") with { AltSubEventTypes = ["Attack"] };

        Assert.True(GoldRules.TypeAgrees(predicted, gold));
        Assert.True(GoldRules.SubTypeAgrees(predicted, gold));
        Assert.False(GoldRules.SubTypeAgrees(Event("Violence against civilians", "Abduction/forced disappearance"), gold));
    }

    [Fact]
    public void Without_gold_coordinates_the_place_name_decides_and_with_them_the_distance()
    {
        var predicted = Event("Battles", "Armed clash", place: ("Ségou", 13.43, -6.26));

        Assert.True(GoldRules.NearEnough(predicted, Gold() with { Location = "Segou" }));
        Assert.False(GoldRules.NearEnough(predicted, Gold() with { Location = "Mopti" }));
        Assert.True(GoldRules.NearEnough(predicted, Gold() with { Location = "Mopti", Latitude = 13.50, Longitude = -6.20 }));
        Assert.False(GoldRules.NearEnough(predicted, Gold() with { Location = "Segou", Latitude = 14.49, Longitude = -4.19 }));
    }

    [Theory]
    [InlineData("Kayes", "Kayes border region", true)]
    [InlineData("Ansongo", "Ansongo-Gao road", true)]
    [InlineData("Tin-Zaouatene", "Tinzawatene", true)]
    [InlineData("Nioro", "Nioro du Sahel", true)]
    [InlineData("du Sahel", "Nioro du Sahel", true)]
    [InlineData("Sahel Nioro", "Nioro du Sahel", false)]
    [InlineData("Kita", "Kayes border region", false)]
    [InlineData("Gao", "Ansongo", false)]
    public void Without_gold_coordinates_the_predicted_name_may_stand_word_for_word_within_a_gold_location_near_a_town(string predicted, string gold, bool agrees)
    {
        var place = Event("Battles", "Armed clash", place: (predicted, 0, 0));

        Assert.Equal(agrees, GoldRules.NameWithin(predicted, gold));
        Assert.Equal(agrees, GoldRules.NearEnough(place, Gold() with { Location = gold, GeoPrecision = 2 }));
    }

    [Fact]
    public void A_gold_town_without_coordinates_is_matched_by_its_whole_name_only()
    {
        var place = Event("Battles", "Armed clash", place: ("Nioro", 0, 0));

        Assert.False(GoldRules.NearEnough(place, Gold() with { Location = "Nioro du Sahel", GeoPrecision = 1 }));
        Assert.True(GoldRules.NearEnough(place, Gold() with { Location = "Nioro", GeoPrecision = 1 }));
    }

    [Fact]
    public void A_prediction_paired_with_an_optional_event_is_neither_a_hit_nor_a_false_event()
    {
        var matcher = new EventMatcher();
        var required = Gold("Battles", "Armed clash");
        var background = Gold("Explosions/Remote violence", "Air/drone strike");
        var predicted = new[] { Event("Battles", "Armed clash"), Event("Explosions/Remote violence", "Air/drone strike"), Event("Riots", "Mob violence") };

        var match = matcher.Add(predicted, [required], [background]);

        Assert.Equal([(0, 0)], match.Pairs);
        Assert.Equal([(1, 0)], match.OptionalPairs);
        Assert.Equal([2], match.FalsePredicted);
        var report = matcher.Report();
        Assert.Equal(1, report.OptionalMatched);
        Assert.Equal(0.5, report.Precision);
        Assert.Equal(1.0, report.Recall);
    }

    [Fact]
    public void A_required_event_takes_a_prediction_before_an_optional_one()
    {
        var match = EventMatcher.Match([Event("Battles", "Armed clash")], [Gold("Battles", "Armed clash")], [Gold("Battles", "Armed clash")]);

        Assert.Single(match.Pairs);
        Assert.Empty(match.OptionalPairs);
        Assert.Empty(match.MissedGold);
    }

    [Fact]
    public void An_open_upper_bound_accepts_any_toll_from_the_lowest_claim()
    {
        var matcher = new EventMatcher();
        var gold = Gold("Battles", "Armed clash") with { Fatalities = 10, FatalitiesLow = 10, FatalitiesUnbounded = true };

        matcher.Add([Event("Battles", "Armed clash", fatalities: 25)], [gold], []);

        var scores = matcher.Report().Scores();
        Assert.Equal(0.0, scores["fatalities_exact"]);
        Assert.Equal(1.0, scores["fatalities_in_range"]);
    }

    [Fact]
    public void A_field_no_gold_event_has_is_not_measured()
    {
        var matcher = new EventMatcher();

        matcher.Add([Event("Battles", "Armed clash")], [Gold("Battles", "Armed clash")], []);

        var report = matcher.Report();
        Assert.DoesNotContain("actor2", report.Scores().Keys);
        Assert.True(double.IsNaN(report.Fields.Single(f => f.Field == "actor2").Accuracy));
        Assert.Equal(1.0, report.Scores()["detection_f1"]);
    }

    [Fact]
    public void Nothing_predicted_and_nothing_in_gold_measures_no_detection_score()
    {
        var matcher = new EventMatcher();

        matcher.Add([], [], []);

        Assert.Empty(matcher.Report().Scores());
    }

    [Fact]
    public void Pairing_keeps_every_pair_a_tolerant_date_allows_rather_than_the_first_best_one()
    {
        // The first prediction agrees best with the first gold event but also with the second; the second prediction
        // agrees only with the first gold event. Both gold events are found.
        var week = Gold("Battles", "Armed clash") with { EventDate = "2024-03-10", TimePrecision = 2, Location = "Gao" };
        var day = Gold("Battles", "Armed clash") with { EventDate = "2024-03-12", TimePrecision = 1, Location = "Kidal" };
        var predicted = new[]
        {
            Event("Battles", "Armed clash", date: new DateOnly(2024, 3, 12), place: ("Gao", 16.27, -0.04)),
            Event("Violence against civilians", "Attack", date: new DateOnly(2024, 3, 12), place: ("Gao", 16.27, -0.04)),
        };

        var pairs = EventMatcher.Pair(predicted, [week, day]);

        Assert.Equal([(0, 1), (1, 0)], pairs.OrderBy(p => p.Predicted));
    }

    [Fact]
    public void The_gold_file_gives_the_alternatives_and_an_open_upper_bound()
    {
        var json = JsonNode.Parse("""
            {"event_date": "2024-03-10", "time_precision": 2, "event_type": "Battles", "sub_event_type": "Armed clash",
             "actor1": "Hill Front", "alt_actor1": ["HF", "Front des collines"], "actor2": "Civilians (Mali)", "alt_actor2": [],
             "alt_sub_event_types": ["Attack"], "latitude": null, "fatalities": 4, "fatalities_low": 4, "fatalities_high": null}
            """)!.AsObject();

        var gold = GoldEvent.FromJson(json);

        Assert.Equal(["HF", "Front des collines"], gold.AltActor1);
        Assert.Empty(gold.AltActor2);
        Assert.Equal(["Attack"], gold.AltSubEventTypes);
        Assert.True(gold.FatalitiesUnbounded);
        Assert.Null(gold.Latitude);
        Assert.False(GoldEvent.FromJson(JsonNode.Parse("""{"fatalities": 4, "fatalities_high": 6}""")!.AsObject()).FatalitiesUnbounded);
        Assert.False(GoldEvent.FromJson(JsonNode.Parse("""{"fatalities": 4}""")!.AsObject()).FatalitiesUnbounded);
    }

    private static GoldEvent Gold(string eventType = "Battles", string subType = "Armed clash") =>
        new(null, null, eventType, subType, null, null, null, null, null, null, null, null, null);

    private static ConflictEvent Event(
        string eventType, string subType, DateOnly? date = null, (string Name, double Lat, double Lon)? place = null,
        string? actor1 = null, string? actor2 = null, int? fatalities = null) => new()
    {
        Class = new Evidence<EventClass>(new EventClass(eventType, subType, "Political violence", 1, null, "190", "FIGHT", "small arms"), Span, "test"),
        Trigger = new Evidence<string>("fight", Span, "test"),
        Date = date is { } d ? new Evidence<EventDate>(EventDate.Day(d), Span, "test") : null,
        Place = place is { } p
            ? new Evidence<Place>(new Place { Name = p.Name, Country = "Mali", IsoNumeric = 466, Latitude = p.Lat, Longitude = p.Lon, GeoPrecision = 1 }, Span, "test")
            : null,
        Actor1 = actor1 is null ? null : new Evidence<Actor>(new Actor(actor1, ActorType.StateForces, null), Span, "test"),
        Actor2 = actor2 is null ? null : new Evidence<Actor>(new Actor(actor2, ActorType.Protesters, null), Span, "test"),
        Fatalities = fatalities is { } f ? new Evidence<FatalityEstimate>(new FatalityEstimate(f, f, f, []), Span, "test") : null,
    };
}
