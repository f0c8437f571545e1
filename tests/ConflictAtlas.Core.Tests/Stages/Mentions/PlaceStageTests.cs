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

    [Fact]
    public void A_region_word_after_a_regional_seat_makes_it_the_region()
    {
        var place = Place(Reports.Mentioned("Fighting spread across the Kidal region on Sunday."), "Kidal");
        Assert.Equal("supplement:ml-kidal-region", place.Resolved?.Id);
        Assert.Equal(3, place.GeoPrecision);
    }

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
}
