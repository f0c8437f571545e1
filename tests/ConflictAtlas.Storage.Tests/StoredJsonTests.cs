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

    [Theory]
    [InlineData("""{"atom":5,"sources":[5],"changed":{"event_date":{"from":null,"to":"2025-03-03"},"latitude":{"from":null,"to":-8.80},"admin2":{"from":null,"to":"Abe\u00EFbara"},"claims_seen":{"from":null,"to":[{"a":null}]}}}""")]
    [InlineData("""{"atom":5,"sources":[5,9],"changed":{"fatalities":{"from":4,"to":6},"notes":{"from":null,"to":"x"}}}""")]
    [InlineData("""{"atom":null,"sources":[5],"changed":{}}""")]
    [InlineData("""{"review_state":{"from":"unreviewed","to":"confirmed"}}""")]
    [InlineData("""{"into":3,"changed":{"a":{"from":null}}}""")]
    public void A_revisions_changes_read_back_text_for_text_with_or_without_an_atom(string json)
    {
        var what = (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(json)!;
        Assert.Equal(what.ToJsonString(), StoredChanges.Read(StoredJson.Moved, StoredChanges.Compress(what, Atom), Atom));
        Assert.Equal(what.ToJsonString(), StoredChanges.Read(StoredJson.Moved, StoredChanges.Compress(what, null), null));
    }

    [Fact]
    public void Changes_that_only_set_fields_are_kept_as_the_values_set()
    {
        var what = (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(
            """{"atom":5,"sources":[5],"changed":{"event_date":{"from":null,"to":"2025-03-03"},"location":{"from":null,"to":"Ségou"}}}""")!;
        var packed = StoredJson.Read(StoredJson.Moved, StoredChanges.Compress(what, Atom), Atom);
        Assert.Equal("""{"atom":5,"sources":[5],"created":{"event_date":"2025-03-03","location":"S\u00E9gou"}}""", packed);
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
