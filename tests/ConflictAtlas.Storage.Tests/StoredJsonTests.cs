using System.Text;
using ConflictAtlas.Storage.Sql;

namespace ConflictAtlas.Storage.Tests;

public sealed class StoredJsonTests
{
    private const string Atom = """{"event_date":"2025-03-03","actor1":"Military Forces of Mali (2021-)","location":"Ségou","notes":"« témoins » said 9 died","evidence":{"notes":[{"start":0,"end":9,"text":"témoins"}]}}""";

    [Theory]
    [InlineData("""{"event_date":"2025-03-03","actor1":"Military Forces of Mali (2021-)","location":"Ségou","fatalities":9}""")]
    [InlineData("""{"atom":7,"changed":{"location":{"from":null,"to":"Ségou"}}}""")]
    [InlineData("{}")]
    [InlineData("")]
    public void A_value_compressed_against_a_dictionary_reads_back_exactly_with_it(string json)
    {
        var stored = StoredJson.Compress(json, Atom);
        Assert.Equal(json, StoredJson.Read(StoredJson.Moved, stored, Atom));
    }

    [Fact]
    public void What_the_dictionary_holds_costs_a_few_bytes_and_cannot_be_read_without_it()
    {
        var json = Atom.Replace("9 died", "11 died", StringComparison.Ordinal);
        var alone = StoredJson.Compress(json);
        var against = StoredJson.Compress(json, Atom);
        Assert.True(against.Length * 4 < alone.Length, $"{against.Length} bytes against the dictionary, {alone.Length} alone");
        Assert.Equal(json, StoredJson.Read(StoredJson.Moved, alone));
        Assert.NotEqual(json, TryRead(against, null));
        Assert.NotEqual(json, TryRead(against, Atom.Replace("Ségou", "Segou", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_dictionary_past_deflates_window_is_cut_to_its_end_on_both_sides()
    {
        var random = new Random(12);
        var filler = new StringBuilder();
        while (filler.Length < 70_000)
        {
            filler.Append(random.Next().ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
        }

        var dictionary = filler + Atom;
        var stored = StoredJson.Compress(Atom, dictionary);
        Assert.True(stored.Length < 40, $"{stored.Length} bytes");
        Assert.Equal(Atom, StoredJson.Read(StoredJson.Moved, stored, dictionary));
    }

    private static string? TryRead(byte[] stored, string? dictionary)
    {
        try
        {
            return StoredJson.Read(StoredJson.Moved, stored, dictionary);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
