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

    private static readonly IGazetteer Gazetteer = new InMemoryGazetteer(
    [
        (Village, new[] { "تمبوكارا" }),
        (Town, new[] { "وادي السراب" }),
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
}
