using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;
using ConflictAtlas.Storage.Gazetteer;

namespace ConflictAtlas.Geo.Tests;

/// <summary>Every row of Cases/toponyms.tsv through the whole pipeline over the real gazetteer.</summary>
public sealed class ToponymCaseTests
{
    public static TheoryData<int, string, string, string, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string, string, string, string>();
        var line = 0;
        foreach (var raw in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Cases", "toponyms.tsv")))
        {
            line++;
            if (raw.Length == 0 || raw[0] == '#')
            {
                continue;
            }

            var f = raw.Split('\t');
            string Field(int i) => i < f.Length ? f[i].Trim() : string.Empty;
            data.Add(line, Field(0), Field(1), Field(2), Field(3), Field(4), Field(5));
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_120_cases() => Assert.True(Cases().Count >= 120);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Toponym_is_resolved_as_expected(int line, string sentence, string surface, string expected, string iso2, string admin1, string featureClass)
    {
        var document = RealGazetteer.Pipeline.Run(Document.Create(sentence));
        var places = document.Places.ToList();
        var found = places.FirstOrDefault(m => m.Span.Of(document.Text) == surface);
        var all = string.Join("; ", places.Select(m => $"{m.Span.Of(document.Text)} -> {Describe(m.Value)}"));
        if (expected == "NONE")
        {
            Assert.True(found is null, $"line {line}: '{surface}' should not be a place; found {all}");
            return;
        }

        Assert.True(found is not null, $"line {line}: '{surface}' not found as a place; found {all}");
        var mention = found.Value;
        if (expected == "UNRESOLVED")
        {
            Assert.True(mention.Resolved is null, $"line {line}: '{surface}' should stay unresolved, got {Describe(mention)}");
            return;
        }

        var entry = mention.Resolved;
        Assert.True(entry is not null, $"line {line}: '{surface}' unresolved: {mention.Reason}");
        Assert.True(
            TextNormalizer.PlaceKey(entry.Name) == TextNormalizer.PlaceKey(expected) && entry.CountryIso2 == iso2 &&
            (admin1.Length == 0 || RegionKey(entry.Admin1 ?? string.Empty) == RegionKey(admin1)) &&
            (featureClass.Length == 0 || entry.FeatureClass == featureClass[0]),
            $"line {line}: '{surface}' expected {expected} ({iso2}, {admin1}, {featureClass}), got {Describe(mention)}");
    }

    // "Borno State" and "Borno", "Tillabéri Region" and "Tillabéri" name one region.
    private static string RegionKey(string name) => TextNormalizer.PlaceKey(PlaceNames.WithoutRegionWord(name) ?? name);

    private static string Describe(PlaceMention m) =>
        m.Resolved is { } e ? $"{e.Name} ({e.CountryIso2}, {e.Admin1}, {e.FeatureClass}{e.FeatureCode}, pop {e.Population}) [{m.Reason}]" : $"unresolved [{m.Reason}]";
}
