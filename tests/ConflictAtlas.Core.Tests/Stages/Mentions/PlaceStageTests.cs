using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Tests.Support;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Mentions;

/// <summary>Toponyms: gazetteer names, names after a cue even when unknown (left unresolved), compass words.</summary>
public sealed class PlaceStageTests
{
    private static PlaceMention Place(Document document, string surface) =>
        Assert.Single(document.Places, m => document.TextOf(m.Span) == surface).Value;

    private static GazetteerEntry Entry(string id, string name, string iso2, char featureClass, string featureCode, long population = 0) =>
        new(id, name, iso2, null, null, 10, 10, population, featureClass, featureCode, "test");

    private static Document Mentioned(string text, params GazetteerEntry[] places) =>
        Reports.MentionStages(new InMemoryGazetteer(places.Select(p => (p, Enumerable.Empty<string>())))).Build().Run(Reports.New(text));

    [Theory]
    [InlineData("Gunmen attacked the town of Kidal on Sunday.", "Kidal", "the town of", "ml-kidal", 1)]
    [InlineData("Gunmen attacked a market in the town of Kidal on Sunday.", "Kidal", "in the town of", "ml-kidal", 1)]
    [InlineData("Des hommes armés ont attaqué la ville de Kidal dimanche.", "Kidal", "la ville de", "ml-kidal", 1)]
    [InlineData("Des hommes armés ont attaqué un marché à Kidal dimanche.", "Kidal", "à", "ml-kidal", 1)]
    [InlineData("A mine exploded near Tinzaouaten on Sunday.", "Tinzaouaten", "near", "ml-tinzaouaten", 2)]
    [InlineData("Une mine a explosé près de Tinzaouaten dimanche.", "Tinzaouaten", "près de", "ml-tinzaouaten", 2)]
    public void A_cue_phrase_introduces_the_place_in_it_or_near_it(string text, string surface, string cue, string id, int precision)
    {
        var place = Place(Reports.Mentioned(text), surface);
        Assert.Equal(cue, place.Cue);
        Assert.Equal(precision == 2, place.IsNear);
        Assert.Equal("supplement:" + id, place.Resolved?.Id);
        Assert.Equal(precision, place.GeoPrecision);
    }

    /// <summary>A small town and no country named: only a cue makes it a place. Spanish and Portuguese cue with their
    /// plain words for "in", and a cue phrase may hold one adjective ("la localidad costera de", "the coastal town of").</summary>
    [Theory]
    [InlineData("Los vecinos y la policía se enfrentaron el domingo en Villaserrana.", "en")]
    [InlineData("Moradores e policiais entraram em confronto no domingo em Villaserrana.", "em")]
    [InlineData("Os tiroteios continuaram durante a noite na Villaserrana.", "na")]
    [InlineData("La tensión siguió el domingo en la localidad costera de Villaserrana.", "en la localidad costera de")]
    [InlineData("Os confrontos continuaram no município vizinho de Villaserrana.", "no município vizinho de")]
    [InlineData("Les heurts ont repris dans la commune voisine de Villaserrana.", "dans la commune voisine de")]
    [InlineData("Fighting resumed on Sunday in the coastal town of Villaserrana.", "in the coastal town of")]
    public void A_cue_introduces_a_small_place_when_no_country_is_named(string text, string cue)
    {
        var place = Place(Mentioned(text, Entry("x:villaserrana", "Villaserrana", "ES", 'P', "PPL", 3_000)), "Villaserrana");
        Assert.Equal("x:villaserrana", place.Resolved?.Id);
        Assert.Equal(cue, place.Cue);
    }

    [Fact]
    public void A_region_named_with_its_own_head_word_needs_no_cue()
    {
        var place = Place(Mentioned("Bandits abducted thirty villagers on Tuesday, Zamfara State officials confirmed.",
            Entry("ng-zamfara", "Zamfara State", "NG", 'A', "ADM1")), "Zamfara State");
        Assert.Equal("ng-zamfara", place.Resolved?.Id);
    }

    [Fact]
    public void A_region_word_after_a_regional_seat_makes_it_the_region()
    {
        var place = Place(Reports.Mentioned("Fighting spread across the Kidal region on Sunday."), "Kidal");
        Assert.Equal("supplement:ml-kidal-region", place.Resolved?.Id);
        Assert.Equal(3, place.GeoPrecision);
    }

    [Theory]
    [InlineData("Gunmen raided the villages of Djiguibombo and Sabere on Sunday.", "the villages of")]
    [InlineData("Des hommes armés ont attaqué dimanche les localités de Djiguibombo et Sabere.", "les localités de")]
    [InlineData("Hombres armados atacaron el domingo las comunidades de Djiguibombo y Sabere.", "las comunidades de")]
    [InlineData("Homens armados atacaram no domingo as aldeias de Djiguibombo e Sabere.", "as aldeias de")]
    public void A_plural_settlement_cue_introduces_the_first_of_the_villages_it_lists(string text, string cue)
    {
        var place = Place(Reports.Mentioned(text), "Djiguibombo");
        Assert.Null(place.Resolved);
        Assert.Equal(cue, place.Cue);
        Assert.True(place.IsSettlement);
    }

    [Theory]
    [InlineData("Gunmen raided the village of Markaz al-Sabere on Sunday.", "Markaz al-Sabere")]
    [InlineData("Hombres armados atacaron el domingo la comunidad de Loma Seca de Abajo.", "Loma Seca de Abajo")]
    [InlineData("O ataque ocorreu no domingo na aldeia Vila Nova da Sabere.", "Vila Nova da Sabere")]
    public void A_village_the_gazetteer_lacks_keeps_the_particles_of_its_name(string text, string name)
    {
        var place = Place(Reports.Mentioned(text), name);
        Assert.Null(place.Resolved);
        Assert.True(place.IsSettlement);
    }

    [Fact]
    public void A_village_whose_first_word_has_namesakes_only_abroad_keeps_its_whole_name()
    {
        var place = Place(Mentioned("Gunmen attacked the village of Sabere al-Nour in Sudan on Sunday.", Entry("x:sabere", "Sabere", "KG", 'P', "PPL", 3_000)), "Sabere al-Nour");
        Assert.Null(place.Resolved);
        Assert.True(place.IsSettlement);
    }

    [Fact]
    public void A_town_joined_by_a_hyphen_to_a_namesake_abroad_stays_a_place_of_its_own()
    {
        var document = Mentioned("Des hommes armés ont attaqué un convoi dimanche au Soudan sur l'axe Sabere-Kelwani.",
            Entry("x:sabere", "Sabere", "KG", 'P', "PPL", 3_000), Entry("x:kelwani", "Kelwani", "SD", 'P', "PPL", 3_000));
        Assert.Equal("x:kelwani", Place(document, "Kelwani").Resolved?.Id);
    }

    [Fact]
    public void A_spaced_article_is_no_particle_of_a_village_name() =>
        Assert.Equal("Djiguibombo", Place(Reports.Mentioned("Gunmen raided the village of Djiguibombo at Sabere junction on Sunday."), "Djiguibombo").Surface);

    [Theory]
    [InlineData("Soldiers were ambushed on Sunday in Djiguibombo, Zamfara, during a patrol in Nigeria.", "in")]
    [InlineData("Des soldats sont tombés dimanche dans une embuscade à Djiguibombo, Nigeria, lors d'une patrouille.", "à")]
    public void A_name_the_gazetteer_lacks_followed_by_a_region_or_country_is_a_settlement(string text, string cue)
    {
        var place = Place(Mentioned(text, Entry("ng-zamfara", "Zamfara", "NG", 'A', "ADM1")), "Djiguibombo");
        Assert.Null(place.Resolved);
        Assert.Equal(cue, place.Cue);
        Assert.True(place.IsSettlement);
    }

    [Theory]
    [InlineData("A protester died on Monday in Djiguibombo, a poor suburb of Niamey, after clashes with the police.")]
    [InlineData("Un manifestant est mort lundi à Djiguibombo, dans la banlieue de Niamey, lors de heurts avec la police.")]
    public void A_name_the_gazetteer_lacks_that_an_apposition_calls_a_suburb_is_a_settlement(string text)
    {
        var place = Place(Reports.Mentioned(text), "Djiguibombo");
        Assert.Null(place.Resolved);
        Assert.True(place.IsSettlement);
    }

    [Fact]
    public void A_region_after_a_name_the_gazetteer_lacks_may_be_of_the_country_of_a_town_named_before()
    {
        var document = Mentioned("After a march in Gusau on Friday, soldiers were ambushed on Sunday in Djiguibombo, Zamfara.",
            Entry("ng-gusau", "Gusau", "NG", 'P', "PPLA", 200_000), Entry("ng-zamfara", "Zamfara", "NG", 'A', "ADM1"));
        Assert.True(Place(document, "Djiguibombo").IsSettlement);
        Assert.Equal("ng-zamfara", Place(document, "Zamfara").Resolved?.Id);
    }

    [Fact]
    public void A_name_the_gazetteer_lacks_followed_by_a_name_that_is_no_region_is_no_place()
    {
        var document = Mentioned("Soldiers were ambushed on Sunday in Djiguibombo, Reuters reported from Nigeria.", Entry("ng-zamfara", "Zamfara", "NG", 'A', "ADM1"));
        Assert.DoesNotContain(document.Places, m => document.TextOf(m.Span) == "Djiguibombo");
    }

    [Fact]
    public void A_name_the_gazetteer_lacks_after_on_is_a_settlement_when_an_apposition_calls_it_one()
    {
        var place = Place(Reports.Mentioned("The raid on Djiguibombo, a farming village south of the river, left nine dead on Sunday."), "Djiguibombo");
        Assert.Null(place.Resolved);
        Assert.Equal("on", place.Cue);
        Assert.True(place.IsSettlement);
    }

    [Fact]
    public void A_person_named_after_of_with_a_village_title_is_no_place() =>
        Assert.DoesNotContain(Reports.Mentioned("Gunmen demanded the release of Djiguibombo, a village chief, on Sunday.").Places,
            m => m.Value.Surface == "Djiguibombo");

    [Fact]
    public void A_name_after_a_cue_that_the_gazetteer_lacks_stays_unresolved()
    {
        var place = Place(Reports.Mentioned("Gunmen burned the village of Djiguibombo on Sunday."), "Djiguibombo");
        Assert.Null(place.Resolved);
        Assert.Empty(place.Candidates);
        Assert.Equal("the village of", place.Cue);
        Assert.Equal("'Djiguibombo' is not in the gazetteer: left unresolved", place.Reason);
        Assert.Equal(0, place.GeoPrecision);
    }

    [Fact]
    public void An_unknown_capitalised_word_without_a_cue_is_no_place() =>
        Assert.Empty(Reports.Mentioned("Gunmen burned Djiguibombo on Sunday.").Places);

    [Fact]
    public void A_name_known_only_in_a_country_the_report_is_not_about_stays_unresolved()
    {
        var document = Mentioned("Malian troops clashed with rebels in Léré on Sunday.", Entry("x:1", "Léré", "FR", 'P', "PPL", 800));
        var place = Place(document, "Léré");
        Assert.Null(place.Resolved);
        Assert.Empty(place.Candidates);
        Assert.Equal("'Léré' has gazetteer namesakes only outside the text's countries (FR): left unresolved", place.Reason);
    }

    [Fact]
    public void The_place_of_a_speaker_is_still_a_place_here()
    {
        // The detection stage decides that "sources in Gao" is where the speaker is; this stage keeps the place.
        var place = Place(Reports.Mentioned("Medical sources in Gao said soldiers clashed with rebels near Kidal on Sunday."), "Gao");
        Assert.Equal("supplement:ml-gao", place.Resolved?.Id);
        Assert.Equal("in", place.Cue);
    }

    [Fact]
    public void A_compass_word_before_another_name_is_not_a_place_of_its_own()
    {
        var nord = Entry("x:2", "Nord", "CM", 'A', "ADM1");
        Assert.Empty(Mentioned("Au Cameroun, des combats ont eu lieu dans le Nord Kivu dimanche.", nord).Places);
        var place = Place(Mentioned("Au Cameroun, des combats ont eu lieu dans le Nord, dimanche.", nord), "Nord");
        Assert.Equal("x:2", place.Resolved?.Id);
    }

    [Fact]
    public void Country_names_actors_and_dates_are_not_places()
    {
        var mali = Entry("x:3", "Mali", "GN", 'P', "PPL", 5000);
        var sunday = Entry("x:4", "Sunday", "NG", 'P', "PPL", 5000);
        Assert.Empty(Mentioned("Troops from Mali withdrew on Sunday.", mali, sunday).Places);
    }

    private static readonly GazetteerEntry SmallTownMore = Entry("t:moore", "Moore", "US", 'P', "PPL", 60_000);

    [Fact]
    public void A_capitalised_word_opening_a_sentence_is_not_a_town_under_another_name()
    {
        var gazetteer = new InMemoryGazetteer([(SmallTownMore, new[] { "More" })]);
        var document = Reports.MentionStages(gazetteer).Build().Run(Reports.New("A helicopter came down in the United States. More than 300 people were evacuated."));
        Assert.DoesNotContain(document.Places, m => document.TextOf(m.Span) == "More");
    }

    [Theory]
    [InlineData("The Hunter family said the hunter had left. Hunter was closed on Sunday.", "Hunter", "Hunter", 1_500)]
    [InlineData("Senator Liz Warren spoke in the United States on Sunday. Warren was attacked by rivals.", "Warren", "Warren", 130_000)]
    [InlineData("Plague fears in the United States\n\nA HUNTER who ate a rabbit fell ill, and the doctors who treated him were sent home for a week.", "HUNTER", "Hunter", 1_500)]
    [InlineData("In May this year, floods hit the United States.", "May", "May", 60_000)]
    [InlineData("Prices have fallen since early August in the United States.", "August", "August", 60_000)]
    public void Common_words_surnames_months_and_words_in_capitals_are_not_places_without_a_cue(string text, string surface, string name, long population)
    {
        var document = Mentioned(text, Entry("t:" + name, name, "US", 'P', "PPL", population));
        Assert.DoesNotContain(document.Places, m => document.TextOf(m.Span) == surface);
    }

    [Theory]
    [InlineData("Congresswoman Ilhan Omar criticised the plan in the United States.", "Omar")]
    [InlineData("The senator met Hunter Biden in the United States on Sunday, and Biden said nothing.", "Hunter")]
    [InlineData("Police arrested Elizabeth A. Burton in the United States.", "Burton")]
    public void A_word_of_a_persons_name_is_not_a_place(string text, string surface)
    {
        var document = Mentioned(text, Entry("t:" + surface, surface, "US", 'P', "PPL", 2_000));
        Assert.DoesNotContain(document.Places, m => document.TextOf(m.Span) == surface);
    }

    [Fact]
    public void A_title_after_a_place_leaves_the_place()
    {
        var document = Reports.Mentioned("On Sunday, Kidal Mayor Ag Intalla said the market was shelled.");
        Assert.Contains(document.Places, m => document.TextOf(m.Span) == "Kidal");
    }

    [Fact]
    public void A_name_in_a_title_case_headline_is_still_a_place()
    {
        var document = Reports.Mentioned("Gunmen Kill Twelve In Kidal Market Raid\n\nGunmen attacked a market on Sunday.");
        Assert.Contains(document.Places, m => document.TextOf(m.Span) == "Kidal");
    }

    [Fact]
    public void A_world_city_beats_a_small_namesake_in_the_country_of_the_text_by_name_alone()
    {
        var document = Mentioned("A study in the United States found that the air in Delhi was the worst.",
            Entry("t:delhi-us", "Delhi", "US", 'P', "PPL", 10_000), Entry("t:delhi-in", "Delhi", "IN", 'P', "PPLA", 11_000_000));
        Assert.Equal("t:delhi-in", Place(document, "Delhi").Resolved?.Id);
    }

    [Fact]
    public void A_small_namesake_wins_when_the_text_names_its_region()
    {
        var document = Mentioned("Police in California said the crash in Delhi killed two people.",
            Entry("t:delhi-us", "Delhi", "US", 'P', "PPL", 10_000) with { Admin1 = "California" }, Entry("t:delhi-in", "Delhi", "IN", 'P', "PPLA", 11_000_000));
        Assert.Equal("t:delhi-us", Place(document, "Delhi").Resolved?.Id);
    }


    /// <summary>"the municipality of X", "el municipio de X": the town that seats the municipality of that name, even
    /// when it goes by a longer name and a small village bears the short one; without the cue the village's own name wins.</summary>
    [Theory]
    [InlineData("Soldiers were ambushed on Sunday in the municipality of Tamarindo, in Mexico.", "t:tamarindo-seat")]
    [InlineData("Militares fueron emboscados el domingo en el municipio de Tamarindo, en México.", "t:tamarindo-seat")]
    [InlineData("Soldiers were ambushed on Sunday in Tamarindo, in Mexico.", "t:tamarindo-village")]
    public void A_municipality_cue_picks_the_town_of_the_municipality_of_that_name(string text, string id)
    {
        var gazetteer = new InMemoryGazetteer(
        [
            (Entry("t:tamarindo-village", "Tamarindo", "MX", 'P', "PPL", 800) with { Admin1 = "Colima", Admin2 = "Otra Parte" }, []),
            (Entry("t:tamarindo-seat", "Tamarindo de Juárez", "MX", 'P', "PPL", 30_000) with { Admin1 = "Colima", Admin2 = "Tamarindo" }, ["Tamarindo"]),
        ]);
        var document = Reports.MentionStages(gazetteer).Build().Run(Reports.New(text));
        Assert.Equal(id, Place(document, "Tamarindo").Resolved?.Id);
    }

    /// <summary>A headline run into the line after it puts "On" inside a sentence; a hyphenated adjective
    /// ("French-speaking") names no country of the text, so a French namesake is no nearer for it.</summary>
    [Fact]
    public void A_function_word_is_no_place_whatever_namesake_it_matches()
    {
        var gazetteer = new InMemoryGazetteer([(Entry("x:fr-village", "Valmeuse", "FR", 'P', "PPL", 3_800), ["On"]), (Entry("x:cm-galmo", "Galmo", "CM", 'P', "PPL", 9_000), [])]);
        var document = Reports.MentionStages(gazetteer).Build().Run(Reports.New(
            "Separatists kill four soldiers in Cameroon On Saturday, gunmen raided a police post in Galmo, in a French-speaking province."));
        Assert.DoesNotContain(document.Places, m => document.TextOf(m.Span) == "On");
        Assert.Equal("x:cm-galmo", Place(document, "Galmo").Resolved?.Id);
    }

    /// <summary>AP style writes a town's state as an abbreviation after it ("Fairview, Ore."): the town in that state
    /// wins, even over a namesake in a state the text names elsewhere.</summary>
    [Theory]
    [InlineData("Senators in Washington praised the turnout at a rally in Fairview, Ore., on Friday.", "t:fairview-or")]
    [InlineData("Senators in Washington praised the turnout at a rally in Fairview, Calif., on Friday.", "t:fairview-ca")]
    [InlineData("Senators in Washington praised the turnout at a rally in Fairview, Oregon, on Friday.", "t:fairview-or")]
    [InlineData("Senators in Washington praised the turnout at a rally in Fairview on Friday.", "t:fairview-wa")]
    public void A_state_abbreviation_after_a_town_picks_the_town_in_that_state(string text, string id)
    {
        var document = Mentioned(text,
            Entry("t:fairview-wa", "Fairview", "US", 'P', "PPL", 30_000) with { Admin1 = "Washington" },
            Entry("t:fairview-or", "Fairview", "US", 'P', "PPL", 9_000) with { Admin1 = "Oregon" },
            Entry("t:fairview-ca", "Fairview", "US", 'P', "PPL", 10_000) with { Admin1 = "California" });
        Assert.Equal(id, Place(document, "Fairview").Resolved?.Id);
    }

    private static readonly GazetteerEntry RegionTamara = Entry("t:tamara-region", "Tamara", "PE", 'A', "ADM1");

    /// <summary>A first-order region named alone is the region, not a small town of the same name in another region;
    /// a town cue, or a town that is the region's own seat, keeps the town; a town of the region that is not its seat
    /// does not.</summary>
    [Theory]
    [InlineData("Farmers blocked roads in Tamara on Monday.", "Olmos", "PPL", "t:tamara-region")]
    [InlineData("Farmers blocked roads in the town of Tamara on Monday.", "Olmos", "PPL", "t:tamara-town")]
    [InlineData("Farmers blocked roads in Tamara on Monday.", "Tamara", "PPLA", "t:tamara-town")]
    [InlineData("Farmers blocked roads in Tamara on Monday.", "Tamara", "PPL", "t:tamara-region")]
    [InlineData("Farmers blocked roads in Tamara state on Monday.", "Tamara", "PPLA2", "t:tamara-region")]
    public void A_region_named_alone_beats_a_small_town_of_its_name_elsewhere(string text, string townRegion, string featureCode, string id)
    {
        var document = Mentioned(text, RegionTamara with { Admin1 = "Tamara" }, Entry("t:tamara-town", "Tamara", "PE", 'P', featureCode, 8_000) with { Admin1 = townRegion });
        Assert.Equal(id, Place(document, "Tamara").Resolved?.Id);
    }
}
