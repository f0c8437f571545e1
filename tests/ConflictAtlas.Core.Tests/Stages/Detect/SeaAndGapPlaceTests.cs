using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>Attacks on ships at sea take the water body as their place and the attributed coastal country (ACLED's
/// rule), not the capital of the dateline; villages that GeoNames' cities500 lacks resolve through the curated
/// supplement. Each report runs through every standard stage over the supplement and two invented capitals.</summary>
public sealed class SeaAndGapPlaceTests
{
    private static readonly global::ConflictAtlas.Core.Pipeline.Pipeline Coder = PipelineDefaults.Create(WithCapitals(
        new GazetteerEntry("test:sanaa", "Sanaa", "YE", "Amanat Al Asimah", null, 15.35, 44.2, 1_900_000, 'P', "PPLC", "test"),
        new GazetteerEntry("test:kinshasa", "Kinshasa", "CD", "Kinshasa", null, -4.3, 15.3, 7_800_000, 'P', "PPLC", "test"),
        new GazetteerEntry("test:middle-east", "Middle East", "US", "Maryland", null, 39.3, -76.6, 0, 'P', "PPL", "test")));

    private static InMemoryGazetteer WithCapitals(params GazetteerEntry[] capitals)
    {
        var gazetteer = new InMemoryGazetteer(InMemoryGazetteer.ReadSupplement(global::ConflictAtlas.Core.Lexicon.ResourceFile.ReadRows("gazetteer-supplement.tsv")));
        foreach (var capital in capitals)
        {
            gazetteer.Add(capital, []);
        }

        return gazetteer;
    }

    private static global::ConflictAtlas.Core.Events.Place PlaceOf(string report)
    {
        var document = Coder.Run(Document.Create(report, new ArticleMetadata { Published = DateTimeOffset.Parse("2025-03-10T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture) }));
        return Assert.Single(document.Events).Place!.Value;
    }

    [Theory]
    [InlineData("SANAA, Yemen: A Houthi missile struck a bulk carrier in the Gulf of Aden on Saturday, killing two sailors.", "Gulf of Aden")]
    [InlineData("SANAA, Yemen: Houthi forces fired a drone at a tanker in the Red Sea on Saturday, killing one crew member.", "Red Sea")]
    public void A_ship_attacked_at_sea_is_placed_on_the_water_and_attributed_to_the_coastal_state(string report, string water)
    {
        var place = PlaceOf(report);
        Assert.Equal(water, place.Name);
        Assert.Equal("Yemen", place.Country);
        Assert.Equal(2, place.GeoPrecision);
    }

    [Fact]
    public void A_part_of_the_world_is_no_place_even_when_a_small_town_bears_its_name()
    {
        var document = Coder.Run(Document.Create(
            "A Houthi missile struck a cargo ship off Yemen on Saturday. US Central Command, which oversees US forces in the Middle East, said two sailors were killed.",
            new ArticleMetadata { Published = DateTimeOffset.Parse("2025-03-10T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.NotEmpty(document.Events);
        Assert.All(document.Events, e => Assert.NotEqual("United States", e.Place?.Value.Country));
    }

    [Theory]
    [InlineData("KINSHASA: Rebels raided Komanda in Irumu territory of Ituri on Sunday, killing nine villagers.", "Komanda", "Democratic Republic of Congo")]
    [InlineData("Militia fighters attacked an army post in Masisi, North Kivu, on Sunday, killing four soldiers.", "Masisi", "Democratic Republic of Congo")]
    [InlineData("Separatist fighters ambushed a patrol at Bamessing in Cameroon's North-West region on Sunday, killing six soldiers.", "Bamessing", "Cameroon")]
    [InlineData("A military drone struck a religious gathering in Tudun Biri, Kaduna State, Nigeria on Sunday, killing 40 villagers.", "Tudun Biri", "Nigeria")]
    [InlineData("Pakistani jets bombed several villages of Barmal district in Afghanistan's Paktika province on Sunday, killing 15 people.", "Barmal", "Afghanistan")]
    public void A_village_missing_from_cities500_resolves_through_the_supplement(string report, string town, string country)
    {
        var place = PlaceOf(report);
        Assert.Equal(town, place.Name);
        Assert.Equal(country, place.Country);
    }
}
