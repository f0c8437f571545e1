using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Geo.Tests;

/// <summary>Without data/gazetteer.db the curated supplement alone still resolves the main Sahel towns.</summary>
public sealed class SupplementOnlyTests
{
    private static readonly Pipeline Pipeline = PipelineDefaults.Create(InMemoryGazetteer.Supplement);

    [Theory]
    [InlineData("Jihadists attacked Gao in Mali on Monday.", "Gao", "ML")]
    [InlineData("The blockade of Tombouctou, in Mali, went on.", "Timbuktu", "ML")]
    [InlineData("Malian drones struck Tinzaouaten in Mali.", "Tinzaouaten", "ML")]
    [InlineData("Algeria said Tinzaouatine, in Algeria, received the wounded.", "Tin Zaouatine", "DZ")]
    [InlineData("Boko Haram attacked Maiduguri in Nigeria.", "Maiduguri", "NG")]
    public void Resolves(string sentence, string name, string iso2)
    {
        var document = Pipeline.Run(Document.Create(sentence));
        var place = document.Places.Select(m => m.Value).Single(p => p.Resolved is not null);
        Assert.Equal(name, place.Resolved!.Name);
        Assert.Equal(iso2, place.Resolved.CountryIso2);
    }

    [Fact]
    public void Supplement_rows_name_their_source()
    {
        foreach (var entry in Core.Lexicon.ResourceFile.ReadRows("gazetteer-supplement.tsv"))
        {
            Assert.True(entry.Length >= 12 && entry[11].Trim().Length > 0, $"row {entry[0]} has no source");
        }
    }
}
