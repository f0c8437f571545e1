using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Tests.Support;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Mentions;

/// <summary>
/// Places in Arabic text: GeoNames gives a place's primary name in Latin letters and its Arabic name among the
/// alternate names, so the Arabic name is the place's own name in Arabic text.
/// </summary>
public sealed class ArabicPlaceTests
{
    // An invented Malian village with its Arabic name, and an invented Jordanian town.
    private static readonly GazetteerEntry Village = new("t:tamboukara", "Tamboukara", "ML", null, null, 17.1, -1.6, 1_200, 'P', "PPL", "test");
    private static readonly GazetteerEntry Town = new("t:wadi-sarab", "Wadi Sarab", "JO", null, null, 31.2, 35.7, 30_000, 'P', "PPL", "test");

    // Capitals whose Arabic name is that of their country or that follow a country adjective in Arabic text.
    private static readonly GazetteerEntry Tunis = new("t:tunis", "Tunis", "TN", null, null, 36.8, 10.2, 690_000, 'P', "PPLC", "test");
    private static readonly GazetteerEntry Tripoli = new("t:tripoli", "Tripoli", "LY", null, null, 32.9, 13.2, 1_150_000, 'P', "PPLC", "test");

    private static readonly IGazetteer Gazetteer = new InMemoryGazetteer(
    [
        (Village, new[] { "تمبوكارا" }),
        (Town, new[] { "وادي السراب" }),
        (Tunis, new[] { "تونس" }),
        (Tripoli, new[] { "طرابلس" }),
    ]);

    private static Document Mentioned(string text) => Reports.MentionStages(Gazetteer).Build().Run(Reports.New(text));

    private static PlaceMention? Resolved(Document document, string id) =>
        document.Places.Select(m => m.Value).FirstOrDefault(p => p.Resolved?.Id == id);

    [Fact]
    public void An_arabic_name_after_a_cue_is_the_place_without_a_country_named()
    {
        var place = Resolved(Mentioned("أحرق مسلحون مجهولون بيوتا في قرية تمبوكارا مساء الأحد."), Village.Id);
        Assert.NotNull(place);
        Assert.Equal("في قرية", place.Cue);
    }

    [Fact]
    public void A_cue_with_an_attached_preposition_introduces_the_place()
    {
        // "بولاية" is "in the province of": the preposition is written onto a word that itself starts with a
        // letter that can be a prefix.
        var place = Resolved(Mentioned("تجددت المواجهات بين الشبان وقوات الأمن بولاية تمبوكارا ليل الأحد."), Village.Id);
        Assert.NotNull(place);
        Assert.Equal("بولاية", place.Cue);
    }

    [Fact]
    public void A_country_adjective_between_the_cue_and_the_name_keeps_the_cue()
    {
        var document = Mentioned("سقطت قذائف على أحياء سكنية في العاصمة الليبية طرابلس فجر الاثنين.");
        var place = Resolved(document, Tripoli.Id);
        Assert.NotNull(place);
        Assert.Equal("في العاصمة", place.Cue);
    }

    [Fact]
    public void A_country_named_after_the_word_capital_is_its_capital_city()
    {
        var document = Mentioned("تظاهر المئات وسط العاصمة تونس يوم السبت احتجاجا على غلاء الأسعار.");
        Assert.NotNull(Resolved(document, Tunis.Id));
        Assert.Contains(document.Countries, m => m.Value.Countries.Any(c => c.Iso2 == "TN"));
    }

    [Fact]
    public void A_country_named_without_the_word_capital_stays_the_country()
    {
        var document = Mentioned("تظاهر المئات في تونس يوم السبت احتجاجا على غلاء الأسعار.");
        Assert.Null(Resolved(document, Tunis.Id));
    }
}
