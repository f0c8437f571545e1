using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Tests.Support;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Mentions;

/// <summary>Country names count only when capitalised; adjectives count in any case.</summary>
public sealed class CountryStageTests
{
    private static List<(string Text, string Countries, bool IsAdjective)> Found(string text)
    {
        var document = Reports.Mentioned(text);
        return [.. document.Countries.Select(m => (document.TextOf(m.Span), string.Join('+', m.Value.Countries.Select(c => c.Iso2)), m.Value.IsAdjective))];
    }

    [Theory]
    [InlineData("Rebels crossed into Mali on Sunday.", "Mali", "ML")]
    [InlineData("Des rebelles sont entrés au Tchad dimanche.", "Tchad", "TD")]
    [InlineData("L'armée du Niger a riposté.", "Niger", "NE")]
    public void A_capitalised_name_is_a_country(string text, string surface, string iso2) =>
        Assert.Equal([(surface, iso2, false)], Found(text));

    [Theory]
    [InlineData("rebels crossed into mali on sunday.")]
    [InlineData("des rebelles sont entrés au tchad dimanche.")]
    public void A_name_in_lower_case_is_not_a_country(string text) => Assert.Empty(Found(text));

    [Theory]
    [InlineData("Malian troops returned fire.", "Malian", "ML")]
    [InlineData("L'armée malienne a riposté.", "malienne", "ML")]
    [InlineData("Les soldats nigériens ont riposté.", "nigériens", "NE")]
    [InlineData("Des militaires tchadiens ont riposté.", "tchadiens", "TD")]
    public void Adjectives_count_in_any_case(string text, string surface, string iso2) =>
        Assert.Equal([(surface, iso2, true)], Found(text));

    [Fact]
    public void An_adjective_shared_by_two_countries_names_both() =>
        Assert.Equal([("Congolese", "CG+CD", true)], Found("Congolese troops returned fire."));

    [Fact]
    public void Mentions_are_made_by_the_country_stage() =>
        Assert.All(Reports.Mentioned("Mali and Niger closed the border.").Countries, m => Assert.Equal("countries", m.Producer));

    [Theory]
    [InlineData("El ejército mexicano respondió al ataque.", "mexicano", "MX")]
    [InlineData("Las fuerzas armadas colombianas respondieron.", "colombianas", "CO")]
    [InlineData("A polícia brasileira respondeu ao ataque.", "brasileira", "BR")]
    [InlineData("ردّ الجيش السوري على الهجوم.", "السوري", "SY")]
    public void Spanish_portuguese_and_arabic_adjectives_name_their_country(string text, string surface, string iso2) =>
        Assert.Equal([(surface, iso2, true)], Found(text));

    [Theory]
    [InlineData("Las tropas entraron en Venezuela el domingo.", "Venezuela", "VE")]
    [InlineData("As tropas entraram no Brasil no domingo.", "Brasil", "BR")]
    [InlineData("دخلت القوات إلى سوريا يوم الأحد.", "سوريا", "SY")]
    public void Country_names_in_spanish_portuguese_and_arabic_are_countries(string text, string surface, string iso2) =>
        Assert.Equal([(surface, iso2, false)], Found(text));

    [Theory]
    [InlineData("He had to polish the boots before the parade.")]
    [InlineData("They roasted a turkey for the feast.")]
    [InlineData("The guinea fowl were sold at the market.")]
    public void An_english_adjective_or_name_in_lower_case_is_an_ordinary_word(string text) => Assert.Empty(Found(text));

    [Fact]
    public void A_capitalised_english_adjective_is_a_country() =>
        Assert.Equal([("Polish", "PL", true)], Found("Polish troops crossed the river."));

    [Fact]
    public void A_capitalised_word_spelt_like_a_foreign_adjective_is_no_country_inside_a_sentence() =>
        Assert.Empty(Found("The storm hit Indiana on Tuesday."));

    /// <summary>A state named at the head of English sentences ("Indiana State Police") is spelt like a Spanish
    /// feminine adjective, but an English report uses no Spanish adjectives.</summary>
    [Fact]
    public void A_foreign_adjective_opening_a_sentence_of_an_english_report_is_no_country() =>
        Assert.Empty(Found("Teachers filled the capitol grounds on Tuesday to ask for better pay. Indiana State Police counted about five thousand people inside."));

    [Fact]
    public void A_foreign_adjective_that_opens_a_sentence_still_names_its_country() =>
        Assert.Equal([("Malienne", "ML", true)], Found("Malienne, la patrouille a riposté dans la nuit avec les soldats de la garde."));

    [Theory]
    [InlineData("Gunmen struck a village near the Nigerian border.", "Nigerian")]
    [InlineData("Gunmen struck a village near the border with Niger.", "Niger")]
    [InlineData("Des hommes armés ont frappé un village à la frontière avec le Niger.", "Niger")]
    [InlineData("Des hommes armés ont frappé un village près de la frontière malienne.", "malienne")]
    public void A_country_named_across_a_border_is_the_neighbour(string text, string surface)
    {
        var document = Reports.Mentioned(text);
        Assert.True(Assert.Single(document.Countries, m => document.TextOf(m.Span) == surface).Value.IsBorder);
    }

    [Fact]
    public void A_country_the_text_is_in_is_no_neighbour() =>
        Assert.DoesNotContain(Reports.Mentioned("Nigerian troops crossed into Niger on Sunday.").Countries, m => m.Value.IsBorder);

    [Theory]
    [InlineData("Militants flew Turkish-made drones over the town.", "Turkish")]
    [InlineData("The attack hit a French-speaking province.", "French")]
    public void A_name_joined_to_the_next_word_places_nothing(string text, string surface)
    {
        var document = Reports.Mentioned(text);
        var mention = Assert.Single(document.Countries, m => document.TextOf(m.Span) == surface).Value;
        Assert.True(mention.IsModifier);
        Assert.False(mention.Places);
    }

    [Fact]
    public void A_country_name_that_opens_a_city_name_is_the_city() =>
        Assert.DoesNotContain(Found("Thousands marched in Guatemala City on Saturday."), f => f.Text == "Guatemala");
}
