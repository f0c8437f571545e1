using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>Where a coded event is placed: the neighbour named across a border, namesakes abroad, several towns in one
/// sentence. Each report runs through every standard stage over the supplement and a few invented places.</summary>
public sealed class EventPlaceTests
{
    private static GazetteerEntry Town(string name, string iso2, double latitude, double longitude, long population = 4_000, string? admin1 = null) =>
        new("test:" + name.ToLowerInvariant() + "-" + iso2.ToLowerInvariant(), name, iso2, admin1, null, latitude, longitude, population, 'P', "PPL", "test");

    /// <summary>Invented towns: Dambora in Cameroon, Kelwa, Tessoura and Gbeni in Benin, Ouarkoye in Burkina Faso, and a
    /// small namesake of Ouarkoye in France.</summary>
    private static readonly global::ConflictAtlas.Core.Pipeline.Pipeline Coder = PipelineDefaults.Create(WithTowns(
        Town("Dambora", "CM", 10.9, 14.2),
        Town("Kelwa", "BJ", 11.1, 2.9),
        Town("Kelwa", "NE", 15.5, 5.6),
        Town("Tessoura", "BJ", 11.6, 2.4),
        Town("Gbeni", "BJ", 10.3, 2.6),
        Town("Ahouassa", "BJ", 6.40, 2.39),
        Town("Tokpota", "BJ", 6.43, 2.41),
        Town("Ouarkoye", "BF", 12.1, -3.7),
        Town("Ouarkoye", "FR", 43.5, 1.4, population: 900),
        Town("Dabnou", "NE", 14.9, 5.5, admin1: "Tahoua Region"),
        Town("Tillakaina", "NE", 14.3, 1.5, admin1: "Tillabéri"),
        new GazetteerEntry("test:islamabad", "Islamabad", "PK", "Islamabad", null, 33.7, 73.0, 1_000_000, 'P', "PPLC", "test"),
        new GazetteerEntry("test:niamey", "Niamey", "NE", "Niamey", null, 13.5, 2.1, 774_000, 'P', "PPLC", "test"),
        new GazetteerEntry("test:tahoua-town", "Tahoua", "NE", "Tahoua Region", null, 14.9, 5.3, 120_000, 'P', "PPLA", "test"),
        new GazetteerEntry("test:tahoua", "Tahoua Region", "NE", "Tahoua Region", null, 15.9, 5.3, 0, 'A', "ADM1", "test"),
        new GazetteerEntry("test:ituri", "Ituri", "CD", "Ituri", null, 1.6, 30.3, 0, 'A', "ADM1", "test")));

    private static InMemoryGazetteer WithTowns(params GazetteerEntry[] towns)
    {
        var gazetteer = new InMemoryGazetteer(InMemoryGazetteer.ReadSupplement(global::ConflictAtlas.Core.Lexicon.ResourceFile.ReadRows("gazetteer-supplement.tsv")));
        foreach (var town in towns)
        {
            // A region answers to its name without its head word, as in the built gazetteer ("the Tahoua region").
            gazetteer.Add(town, town.IsAdmin1 ? [town.Name.Replace(" Region", "", StringComparison.Ordinal)] : []);
        }

        return gazetteer;
    }

    /// <summary>The place of the one event the report gives.</summary>
    private static global::ConflictAtlas.Core.Events.Place PlaceOf(string report) => Assert.Single(Run(report).Events).Place!.Value;

    private static Document Run(string text) =>
        Coder.Run(Document.Create(text, new ArticleMetadata { Published = DateTimeOffset.Parse("2025-03-10T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture) }));

    [Theory]
    [InlineData("Gunmen killed 12 soldiers on Sunday in Dambora, near the Nigerian border.")]
    [InlineData("Des hommes armés ont tué 12 soldats dimanche à Dambora, à la frontière avec le Nigeria.")]
    [InlineData("Des hommes armés ont tué 12 soldats dimanche à Dambora, près de la frontière nigériane.")]
    public void A_country_named_across_a_border_does_not_move_the_town_into_it(string report)
    {
        var place = PlaceOf(report);
        Assert.Equal("Dambora", place.Name);
        Assert.Equal("Cameroon", place.Country);
    }

    [Theory]
    [InlineData("Gunmen killed 12 soldiers in northern Benin on Sunday near the border with Niger.")]
    [InlineData("Des hommes armés ont tué 12 soldats dans le nord du Bénin dimanche, à la frontière avec le Niger.")]
    public void An_event_placed_only_by_its_country_is_not_placed_in_the_neighbour(string report) =>
        Assert.Equal("Benin", PlaceOf(report).Country);

    [Fact]
    public void A_dateline_city_yields_to_a_place_the_event_is_told_at()
    {
        var place = PlaceOf("NIAMEY - Gunmen killed seven soldiers in western Niger on Thursday in an ambush, the army said.\n\n" +
                            "The ambush took place in the Tahoua region, the army said.");
        Assert.Equal("Tahoua Region", place.Name);
    }

    [Theory]
    [InlineData("Niamey: Gunmen killed seven soldiers in Niger's Tahoua region on Sunday, the army said.")]
    [InlineData("Niamey — Gunmen killed seven soldiers in Niger's Tahoua region on Sunday, the army said.")]
    [InlineData("Niamey, Niger - Gunmen killed seven soldiers in Niger's Tahoua region on Sunday, the army said.")]
    [InlineData("date 2025-03-09 Niamey: Gunmen killed seven soldiers in Niger's Tahoua region on Sunday, the army said.")]
    [InlineData("2025-03-09 NIAMEY (AFP) - Gunmen killed seven soldiers in Niger's Tahoua region on Sunday, the army said.")]
    public void A_dateline_in_mixed_case_or_after_a_page_stamp_yields_to_the_region_of_the_sentence(string report) =>
        Assert.Equal("Tahoua Region", PlaceOf(report).Name);

    [Theory]
    [InlineData("Niamey: Gunmen killed seven soldiers on Sunday, the army said.")]
    [InlineData("Gunmen killed seven soldiers on Sunday in Niamey, where the army said the Tahoua region was calm.")]
    public void A_city_is_kept_when_no_other_place_is_told_or_it_opens_no_dateline(string report) =>
        Assert.Equal("Niamey", PlaceOf(report).Name);

    [Theory]
    [InlineData("The incident happened in Dabnou, officials said.", "Dabnou")]
    [InlineData("Troops were later sent from Tillakaina, officials said.", "Tahoua Region")]
    public void A_region_yields_to_a_town_of_that_region_told_right_after(string next, string expected) =>
        Assert.Equal(expected, PlaceOf("Niamey: Gunmen killed seven soldiers in Niger's Tahoua region on Sunday, the army said.\n\n" + next).Name);

    [Fact]
    public void A_world_city_abroad_is_not_the_place_of_an_event_in_another_country()
    {
        var place = PlaceOf("ISLAMABAD - At least 38 worshippers were killed on Sunday when militants attacked a church in the " +
                            "Democratic Republic of Congo. The attack took place in Ituri province.");
        Assert.Equal("Democratic Republic of Congo", place.Country);
        Assert.Equal("Ituri", place.Name);
    }

    [Fact]
    public void Simultaneous_attacks_on_listed_towns_are_one_event_per_town_with_the_toll_split()
    {
        var events = Run("Gunmen killed 22 villagers on Sunday in simultaneous attacks on Kelwa, Tessoura and Gbeni in northern Benin.").Events;
        Assert.Equal(["Kelwa", "Tessoura", "Gbeni"], events.Select(e => e.Place!.Value.Name));
        Assert.Equal([8, 7, 7], events.Select(e => e.Fatalities!.Value.Best));
        Assert.All(events, e => Assert.Equal((1, 22), (e.Fatalities!.Value.Low, e.Fatalities.Value.High)));
    }

    [Fact]
    public void Protests_in_two_listed_towns_are_two_events()
    {
        var events = Run("Des manifestants ont défilé dimanche à Kelwa et à Tessoura, au Bénin, contre la vie chère.").Events;
        Assert.Equal(["Kelwa", "Tessoura"], events.Select(e => e.Place!.Value.Name));
    }

    [Theory]
    [InlineData("Des heurts ont opposé lundi des jeunes aux policiers dans deux quartiers de la ville, Ahouassa et Tokpota, au Bénin.")]
    [InlineData("Les heurts entre jeunes et policiers ont gagné lundi plusieurs quartiers de la ville : Ahouassa, Tokpota, au Bénin.")]
    public void Clashes_in_listed_neighbourhoods_of_one_town_are_one_event_per_neighbourhood(string report)
    {
        var events = Run(report).Events;
        Assert.Equal(["Ahouassa", "Tokpota"], events.Select(e => e.Place!.Value.Name));
    }

    [Fact]
    public void A_list_of_towns_continuing_a_dated_attack_is_one_event_per_town_on_its_day()
    {
        var events = Run("Jihadists attacked army posts in northern Benin on Sunday, killing nine soldiers, the army said.\n\n" +
                         "The fighting took place in Kelwa, Tessoura and Gbeni, residents said.").Events;
        Assert.Equal(["Gbeni", "Kelwa", "Tessoura"], events.Select(e => e.Place!.Value.Name).Order());
        Assert.All(events, e => Assert.Equal(new DateOnly(2025, 3, 9), e.Date!.Value.Date));
    }

    [Fact]
    public void A_list_of_towns_continuing_a_dated_act_across_a_paragraph_of_scene_is_split_on_its_day()
    {
        var events = Run("Jihadists attacked army posts in northern Benin on Sunday, killing nine soldiers, the army said.\n\n" +
                         "The area is remote and poorly served by roads, with little mobile coverage.\n\n" +
                         "The fighting took place in Kelwa, Tessoura and Gbeni, residents said.").Events;
        Assert.Equal(["Gbeni", "Kelwa", "Tessoura"], events.Select(e => e.Place!.Value.Name).Order());
        Assert.All(events, e => Assert.Equal(new DateOnly(2025, 3, 9), e.Date!.Value.Date));
    }

    [Fact]
    public void A_list_of_towns_two_paragraphs_after_a_dated_act_with_another_act_between_is_not_split() =>
        Assert.DoesNotContain(Run("Jihadists attacked army posts in northern Benin on Sunday, killing nine soldiers, the army said.\n\n" +
                                  "Gunmen also kidnapped a priest near the border, a local official said.\n\n" +
                                  "The fighting took place in Kelwa, Tessoura and Gbeni, residents said.").Events,
                              e => e.Place!.Value.Name == "Tessoura" && e.Date!.Value.Date == new DateOnly(2025, 3, 9));

    [Fact]
    public void A_list_of_towns_after_an_act_of_another_kind_is_not_split_on_its_day() =>
        Assert.DoesNotContain(Run("Thousands of people marched in Cotonou on Sunday against the cost of living.\n\n" +
                                  "The fighting took place in Kelwa, Tessoura and Gbeni, residents said.").Events,
                              e => e.Place!.Value.Name == "Tessoura");

    [Fact]
    public void Fighting_between_two_towns_is_one_event() =>
        Assert.Single(Run("Fighting between Kelwa and Tessoura in northern Benin killed four soldiers on Sunday.").Events);

    [Fact]
    public void An_event_told_only_at_a_world_city_abroad_is_coded_at_the_reports_country()
    {
        var place = PlaceOf("Gunmen killed five police officers in an attack on a patrol in Islamabad on Sunday, " +
                            "the Niger interior ministry said.");
        Assert.Equal("Niger", place.Country);
        Assert.Equal(3, place.GeoPrecision);
    }

    [Fact]
    public void A_town_in_a_later_sentence_beats_the_region_of_the_lead()
    {
        var place = PlaceOf("Gunmen killed seven soldiers in Niger's Tahoua region on Thursday.\n\n" +
                            "The soldiers were ambushed in Kelwa, a village near the road, the army said.");
        Assert.Equal("Kelwa", place.Name);
        Assert.Equal(1, place.GeoPrecision);
    }
    [Theory]
    [InlineData("Gunmen killed nine villagers on Sunday in the village of Tamkoura, near Dabnou, in western Niger.")]
    [InlineData("Gunmen killed nine villagers on Sunday in Tamkoura, a small farming village near Dabnou, in western Niger.")]
    [InlineData("Des hommes armés ont tué neuf villageois dimanche à Tamkoura, une localité proche de Dabnou, dans l'ouest du Niger.")]
    [InlineData("Des hommes armés ont tué neuf villageois dimanche à Tamkoura, près de Dabnou, dans l'ouest du Niger.")]
    [InlineData("Hombres armados mataron a nueve campesinos el domingo en la pequeña localidad de Tamkoura, cerca de Dabnou, en el oeste de Níger.")]
    public void A_village_the_gazetteer_lacks_is_named_and_placed_at_the_town_its_sentence_ties_it_to(string report)
    {
        var place = PlaceOf(report);
        Assert.Equal("Tamkoura", place.Name);
        Assert.Equal((14.9, 5.5, 2), (place.Latitude, place.Longitude, place.GeoPrecision));
        Assert.Null(place.GazetteerId);
    }

    [Fact]
    public void A_village_the_gazetteer_lacks_in_a_named_region_is_placed_at_the_region()
    {
        var place = PlaceOf("Gunmen killed nine villagers on Sunday in the village of Tamkoura in Niger's Tahoua region.");
        Assert.Equal("Tamkoura", place.Name);
        Assert.Equal((15.9, 5.3, 3), (place.Latitude, place.Longitude, place.GeoPrecision));
    }

    [Fact]
    public void A_village_the_gazetteer_lacks_keeps_its_name_when_only_its_country_is_known()
    {
        var place = PlaceOf("Des hommes armés ont tué neuf villageois dimanche dans le village de Tamkoura, au Niger.");
        Assert.Equal(("Tamkoura", "Niger", 3), (place.Name, place.Country, place.GeoPrecision));
    }

    [Theory]
    [InlineData("Gunmen attacked the villages of Tamkoura and Sabere in Niger's Tahoua region on Sunday, killing nine people.")]
    [InlineData("Des hommes armés ont attaqué dimanche les villages de Tamkoura et Sabere, dans la région de Tahoua au Niger, tuant neuf personnes.")]
    public void The_first_of_the_villages_a_plural_cue_lists_names_the_event(string report) =>
        Assert.Equal("Tamkoura", PlaceOf(report).Name);

    [Theory]
    [InlineData("Gunmen killed nine villagers on Sunday in Tamkoura, Ituri, in the Democratic Republic of Congo.", 1.6)]
    [InlineData("Des hommes armés ont tué neuf villageois dimanche à Tamkoura, Niger, selon la police.", 17.6)]
    public void A_name_the_gazetteer_lacks_followed_by_its_region_or_country_names_the_event(string report, double latitude)
    {
        var place = PlaceOf(report);
        Assert.Equal(("Tamkoura", 3), (place.Name, place.GeoPrecision));
        Assert.Equal(latitude, place.Latitude, 1);
    }

    [Fact]
    public void A_small_place_of_a_country_named_in_passing_loses_to_a_town_of_the_report_s_country_in_its_sentence() =>
        Assert.Equal("Burkina Faso", PlaceOf("Burkina Faso: six traders killed\n\nGunmen killed six traders at Dambora market in Ouarkoye in Burkina Faso " +
                                             "on Sunday; the Burkina Faso army said the attackers had come from Cameroon.").Country);

    [Fact]
    public void A_name_the_gazetteer_lacks_followed_by_a_name_that_is_no_region_names_nothing() =>
        Assert.Equal("Tahoua Region", PlaceOf("Gunmen killed nine villagers on Sunday in Tamkoura, Reuters said, in Niger's Tahoua region.").Name);

    [Fact]
    public void A_village_an_apposition_describes_after_an_attack_on_it_names_the_event()
    {
        var place = PlaceOf("Nine people died on Sunday in the attack on Tamkoura, a village located south of Dabnou, in western Niger.");
        Assert.Equal(("Tamkoura", 2), (place.Name, place.GeoPrecision));
    }

    [Theory]
    [InlineData("Gunmen killed four farmers on Monday in a remote village of the Dabnou district, in western Niger.\n\n" +
                "The killings took place in the hamlet of Tamkoura, residents said.")]
    [InlineData("Homens armados mataram quatro camponeses na segunda-feira numa aldeia do distrito de Dabnou, no Níger.\n\n" +
                "O ataque ocorreu na aldeia Tamkoura, disseram moradores.")]
    public void A_village_named_after_a_lead_that_tells_an_unnamed_village_names_the_event(string report)
    {
        var place = PlaceOf(report);
        Assert.Equal(("Tamkoura", 2), (place.Name, place.GeoPrecision));
        Assert.Equal((14.9, 5.5), (place.Latitude, place.Longitude));
    }

    [Fact]
    public void A_name_the_gazetteer_lacks_that_nothing_calls_a_settlement_does_not_rename_the_town() =>
        Assert.Equal("Dabnou", PlaceOf("Gunmen killed nine villagers on Sunday in Dabnou, in the zone of Tamkoura, in western Niger.").Name);

    [Fact]
    public void A_known_town_named_with_a_village_of_another_sentence_keeps_its_own_name() =>
        Assert.Equal("Dabnou", PlaceOf("Gunmen killed nine villagers in Dabnou on Sunday, in western Niger.\n\n" +
                                       "Residents fled to the village of Tamkoura, officials said.").Name);
    [Fact]
    public void A_village_the_gazetteer_lacks_is_not_moved_to_a_town_of_another_paragraph()
    {
        var events = Run("Gunmen attacked the village of Tamkoura on Sunday, killing nine soldiers, the Nigerien army said.\n\n" +
                         "Troops pursued the attackers on Sunday and killed seven of them near Kelwa, the army said.").Events;
        Assert.True(events.Any(e => e.Place!.Value is { Name: "Tamkoura", Country: "Niger" }), string.Join("; ", events.Select(e => $"{e.Place!.Value.Name} {e.Place.Value.Country} {e.Place.Value.Reason}")));
    }

    [Fact]
    public void A_village_the_gazetteer_lacks_in_the_lead_keeps_the_event_when_a_town_of_its_region_follows()
    {
        var events = Run("Gunmen attacked the village of Tamkoura in Niger's Tahoua region on Sunday, killing nine soldiers, the army said.\n\n" +
                         "The village lies ten kilometres west of Dabnou, where the gunmen have also been fighting the army.").Events;
        Assert.True(events.Any(e => e.Place!.Value is { Name: "Tamkoura", Country: "Niger", GeoPrecision: 3 }), string.Join("; ", events.Select(e => $"{e.Place!.Value.Name} {e.Place.Value.Country} {e.Place.Value.Reason}")));
    }

    [Theory]
    [InlineData("In Niger, police fired tear gas at protesters in the capital on Sunday, the interior ministry said.")]
    [InlineData("Au Niger, la police a dispersé dimanche à coups de gaz lacrymogène des manifestants dans la capitale.")]
    [InlineData("Au Niger, la police a dispersé dimanche des manifestants dans la capitale nigérienne.")]
    public void An_event_told_in_the_capital_of_its_country_without_the_citys_name_is_placed_at_that_city(string report)
    {
        var place = PlaceOf(report);
        Assert.Equal(("Niamey", "Niger", 1), (place.Name, place.Country, place.GeoPrecision));
    }

    [Theory]
    [InlineData("Police fired tear gas at protesters on Sunday in the capital of Niger's Tahoua region.")]
    [InlineData("Police fired tear gas at protesters on Sunday in Tamkoura, a village north of the capital, in Niger.")]
    public void The_capital_of_a_region_or_a_bearing_from_the_capital_is_not_the_capital_city(string report) =>
        Assert.NotEqual("Niamey", PlaceOf(report).Name);

    [Fact]
    public void A_town_told_inside_the_seat_of_its_region_is_where_the_event_happened()
    {
        var place = PlaceOf("Two soldiers were killed on Sunday in an attack in Tahoua, the army said.\n\n" +
                            "Gunmen attacked Dabnou town in Tahoua, killing the two soldiers, a Nigerien officer said.");
        Assert.Equal(("Dabnou", 1), (place.Name, place.GeoPrecision));
    }

    [Fact]
    public void A_town_of_the_region_told_after_an_event_at_the_seat_named_like_its_region_is_where_it_happened()
    {
        var place = PlaceOf("Gunmen kidnapped a foreign aid worker on Friday evening in Tahoua, in central Niger.\n\n" +
                            "It happened in Dabnou, shortly before nine, residents said.");
        Assert.Equal(("Dabnou", 1), (place.Name, place.GeoPrecision));
    }

    [Fact]
    public void A_town_the_attackers_left_for_after_an_event_at_the_seat_does_not_move_it() =>
        Assert.Equal("Tahoua", PlaceOf("Gunmen kidnapped a foreign aid worker on Friday evening in Tahoua, in central Niger.\n\n" +
                                       "The kidnappers then drove north towards Dabnou, residents said.").Name);

    [Fact]
    public void A_village_the_gazetteer_lacks_told_right_after_an_event_at_a_region_or_its_seat_names_the_event()
    {
        var place = PlaceOf("A drone strike killed one man on Saturday in Tahoua, in Niger, officials said.\n\n" +
                            "The drone hit the village of Tamkoura, close to the main road, residents said.");
        Assert.Equal(("Tamkoura", 2), (place.Name, place.GeoPrecision));
        Assert.Equal((14.9, 5.3), (place.Latitude, place.Longitude));
    }

    [Fact]
    public void A_town_told_after_an_event_at_an_ordinary_town_does_not_move_it()
    {
        var place = PlaceOf("Gunmen killed nine villagers on Sunday in Dabnou, in western Niger.\n\n" +
                            "The survivors walked to Tahoua on Monday, residents said.");
        Assert.Equal("Dabnou", place.Name);
    }

    [Theory]
    [InlineData("Gunmen killed seven soldiers in northern Tahoua on Sunday, the army said.")]
    [InlineData("Gunmen killed seven soldiers on Sunday in central Tahoua, the army said.")]
    public void The_seat_of_a_region_after_a_compass_adjective_is_the_region(string report)
    {
        var place = PlaceOf(report);
        Assert.Equal(("Tahoua Region", 3), (place.Name, place.GeoPrecision));
    }

    [Fact]
    public void A_word_of_another_language_spelled_like_a_compass_word_does_not_make_the_seat_a_region() =>
        Assert.Equal(("Tahoua", 1), (PlaceOf("Des heurts ont fait deux morts dimanche sur Tahoua, selon la police.").Name, PlaceOf("Des heurts ont fait deux morts dimanche sur Tahoua, selon la police.").GeoPrecision));

    [Fact]
    public void A_town_told_in_a_part_of_its_region_named_like_the_seat_is_the_place()
    {
        var place = PlaceOf("Three policemen died on Sunday during an operation to reach the municipality of Dabnou, in northern Tahoua, where protesters clashed with police.");
        Assert.Equal(("Dabnou", 1), (place.Name, place.GeoPrecision));
    }

    [Fact]
    public void A_village_the_gazetteer_lacks_named_before_the_word_village_is_the_events_place()
    {
        var place = PlaceOf("Gunmen abducted thirty people on Sunday in an attack on Tamkoura village in Niger's Tahoua region.");
        Assert.Equal(("Tamkoura", 3), (place.Name, place.GeoPrecision));
    }

    [Fact]
    public void A_capitalised_word_after_an_article_before_the_word_village_is_no_village() =>
        Assert.Equal("Dabnou", PlaceOf("Gunmen killed nine villagers in a Fulani village on Sunday in Dabnou, in western Niger.").Name);
}
