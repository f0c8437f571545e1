using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Tests.Catalogs;

/// <summary>The country table: one row per country, adjectives in every gender and number, and the loader's checks.</summary>
public sealed class CountryCatalogTests
{
    [Fact]
    public void Codes_are_unique_and_every_country_has_a_region_and_a_centroid()
    {
        var all = CountryCatalog.Default.All;
        Assert.Equal(all.Count, all.Select(c => c.Iso3).Distinct().Count());
        Assert.Equal(all.Count, all.Select(c => c.Name).Distinct().Count());
        Assert.All(all, c => Assert.False(string.IsNullOrEmpty(c.Region), c.Name));
        Assert.All(all, c => Assert.False(c.Latitude == 0 && c.Longitude == 0, c.Name));
    }

    [Theory]
    [InlineData("mexicano", "mexicano|mexicana|mexicanos|mexicanas")]
    [InlineData("francés", "francés|francesa|franceses|francesas")]
    [InlineData("español", "español|española|españoles|españolas")]
    [InlineData("alemão", "alemão|alemã|alemães|alemãs|alemãos")]
    [InlineData("iraquí", "iraquí|iraquíes|iraquís")]
    [InlineData("estadounidense", "estadounidense|estadounidenses")]
    public void Spanish_and_portuguese_adjectives_come_in_every_gender_and_number(string masculine, string forms) =>
        Assert.Equal(forms.Split('|'), CountryCatalog.IberianForms(masculine));

    [Fact]
    public void An_arabic_adjective_comes_with_and_without_the_article_in_both_genders() =>
        Assert.Equal(["سوري", "السوري", "سورية", "السورية"], CountryCatalog.ArabicForms("سوري"));

    [Theory]
    [InlineData("Chad", true)]
    [InlineData("Polish", true)]
    [InlineData("malienne", false)]
    [InlineData("mexicanos", false)]
    public void Names_and_english_adjectives_are_proper_names_other_adjectives_are_not(string phrase, bool proper) =>
        Assert.Equal(proper, CountryCatalog.Default.IsProperName(Tokenizer.PhraseKey(phrase)));

    [Theory]
    [InlineData("MLI", "bad row")]
    [InlineData("ML\tMLI\tabc\tMali\t\t\t\t\t\t\tWestern Africa\t17.6\t-4.0", "bad number")]
    [InlineData("ML\tMLI\t466\tMali\t\t\t\t\t\t\tWestern Africa\t97.6\t-4.0", "coordinates")]
    public void A_bad_country_row_fails_loudly(string row, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => CountryCatalog.Parse(row.Split('\t'))).Message, StringComparison.Ordinal);

    [Fact]
    public void A_country_listed_twice_fails_loudly()
    {
        var mali = CountryCatalog.Default.ByIso2("ML")!;
        Assert.Throws<FormatException>(() => new CountryCatalog([mali, mali]));
    }

    [Theory]
    [InlineData("CD", "Africa")]
    [InlineData("QA", "Middle East")]
    [InlineData("MM", "Asia")]
    [InlineData("HT", "Americas")]
    [InlineData("UA", "Europe")]
    public void Regions_group_into_parts_of_the_world(string iso2, string continent) =>
        Assert.Equal(continent, CountryCatalog.Default.ByIso2(iso2)!.Continent);

    [Fact]
    public void A_report_about_the_congo_is_near_sudan_and_far_from_qatar()
    {
        var context = global::ConflictAtlas.Core.Stages.Mentions.CountryContext.From(
            Support.Reports.Mentioned("Congolese troops clashed with rebels in North Kivu on Monday."), CountryCatalog.Default);
        Assert.True(context.IsNear(CountryCatalog.Default.ByIso2("SD")));
        Assert.False(context.IsNear(CountryCatalog.Default.ByIso2("QA")));
        var none = global::ConflictAtlas.Core.Stages.Mentions.CountryContext.From(Support.Reports.Mentioned("Rebels clashed on Monday."), CountryCatalog.Default);
        Assert.True(none.IsNear(CountryCatalog.Default.ByIso2("QA")));
    }
}
