using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>
/// Towns listed in one Arabic sentence: the second and later names carry the conjunction written onto them
/// ("وعنابة"), and each town is still its own location (ACLED codes one event per location).
/// </summary>
public sealed class ArabicListedTownTests
{
    private static GazetteerEntry Town(string name, string iso2, double latitude, double longitude) =>
        new("test:" + name.ToLowerInvariant() + "-" + iso2.ToLowerInvariant(), name, iso2, null, null, latitude, longitude, 6_000, 'P', "PPL", "test");

    // Invented Algerian towns with their Arabic names: one opens with the letter of the conjunction, one with that of
    // a preposition; an invented Moroccan town stands for a namesake abroad.
    private static readonly GazetteerEntry Tamelkat = Town("Tamelkat", "DZ", 36.2, 5.1);
    private static readonly GazetteerEntry Ouarzen = Town("Ouarzen", "DZ", 35.1, 1.2);
    private static readonly GazetteerEntry Bennour = Town("Bennour", "DZ", 34.6, 3.4);
    private static readonly GazetteerEntry Aglou = Town("Aglou", "MA", 29.8, -9.8);

    private static readonly InMemoryGazetteer Gazetteer = WithArabicNames(
        (Tamelkat, "تاملكات"), (Ouarzen, "ورزن"), (Bennour, "بنور"), (Aglou, "أقلو"));

    private static readonly global::ConflictAtlas.Core.Pipeline.Pipeline Coder = PipelineDefaults.Create(Gazetteer);

    private static InMemoryGazetteer WithArabicNames(params (GazetteerEntry Town, string Arabic)[] towns)
    {
        var gazetteer = new InMemoryGazetteer(InMemoryGazetteer.ReadSupplement(global::ConflictAtlas.Core.Lexicon.ResourceFile.ReadRows("gazetteer-supplement.tsv")));
        foreach (var (town, arabic) in towns)
        {
            gazetteer.Add(town, [arabic]);
        }

        return gazetteer;
    }

    private static Document Run(string text) =>
        Coder.Run(Document.Create(text, new ArticleMetadata { Published = DateTimeOffset.Parse("2025-03-10T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture) }));

    [Fact]
    public void Each_town_of_an_arabic_list_is_a_place_without_its_conjunction()
    {
        const string text = "خرج مئات المحتجين يوم الجمعة في تاملكات وورزن وبنور بالجزائر للمطالبة بالإفراج عن المعتقلين.";
        var places = Run(text).Places.Where(p => p.Value.Resolved is not null).ToList();
        Assert.Equal([Tamelkat.Id, Ouarzen.Id, Bennour.Id], places.Select(p => p.Value.Resolved!.Id));

        // The conjunction is taken off; the first letter of "ورزن", which is that of the conjunction too, is kept.
        Assert.Equal(["تاملكات", "ورزن", "بنور"], places.Select(p => p.Span.Of(text)));
    }

    [Fact]
    public void A_listed_word_whose_bare_form_is_only_a_place_abroad_is_no_place()
    {
        var document = Run("خرج مئات المحتجين يوم الجمعة في تاملكات وأقلو بالجزائر للمطالبة بالإفراج عن المعتقلين.");
        Assert.DoesNotContain(document.Places, p => p.Value.Resolved?.Id == Aglou.Id || p.Span.Of(document.Text).Contains("أقلو", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("تظاهر مئات الأشخاص يوم الجمعة في تاملكات وورزن وبنور بالجزائر احتجاجا على غلاء المعيشة.")]
    [InlineData("قتل مسلحون 9 قرويين يوم الجمعة في تاملكات وورزن وبنور بالجزائر.")]
    public void One_act_in_three_listed_arabic_towns_is_three_events(string report)
    {
        var events = Run(report).Events;
        Assert.Equal(["Tamelkat", "Ouarzen", "Bennour"], events.Select(e => e.Place!.Value.Name));
    }

    [Fact]
    public void A_bearing_in_brackets_after_a_listed_town_neither_breaks_the_list_nor_moves_the_next_town()
    {
        var events = Run("تظاهر مئات الأشخاص يوم الجمعة في تاملكات (شرق) وورزن (غرب) وبنور بالجزائر احتجاجا على غلاء المعيشة.").Events;
        Assert.Equal(["Tamelkat", "Ouarzen", "Bennour"], events.Select(e => e.Place!.Value.Name));
        Assert.All(events, e => Assert.Equal(1, e.Place!.Value.GeoPrecision));
    }
}
