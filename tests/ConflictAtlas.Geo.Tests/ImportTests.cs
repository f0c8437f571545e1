using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Storage.Gazetteer;

namespace ConflictAtlas.Geo.Tests;

/// <summary>GeoNames import into a real SQLite file, from the invented places of Fixtures/.</summary>
public sealed class ImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("atlas-gaz-").FullName;

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private string Db => Path.Combine(_dir, "gazetteer.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData(GazetteerLoadMode.Query)]
    [InlineData(GazetteerLoadMode.Memory)]
    public void Imports_places_with_names_and_alternate_names(GazetteerLoadMode mode)
    {
        var result = GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), Fixture("alternateNames-mini.txt"));
        Assert.Equal(5, result.Places);
        using var gazetteer = SqliteGazetteer.Open(Db, mode);
        var tamboukara = gazetteer.Lookup(TextNormalizer.PlaceKey("Tamboukara"));
        Assert.Equal(["DZ", "ML"], tamboukara.Select(e => e.CountryIso2).Order());
        var malian = tamboukara.Single(e => e.CountryIso2 == "ML");
        Assert.Equal("geonames:90000001", malian.Id);
        Assert.Equal(17.1234, malian.Latitude, 4);
        Assert.Equal(1200, malian.Population);
        Assert.Equal("PPL", malian.FeatureCode);
        Assert.Equal("GeoNames geonames-mini.txt", malian.Source);

        // Alternate names of the row and of alternateNamesV2, spelling variants through the key.
        Assert.Contains(malian, gazetteer.Lookup(TextNormalizer.PlaceKey("Tambukara")));
        Assert.Contains(malian, gazetteer.Lookup(TextNormalizer.PlaceKey("Tamboukarra")));
        Assert.Single(gazetteer.Lookup(TextNormalizer.PlaceKey("Insarakan")));
        Assert.Single(gazetteer.Lookup(TextNormalizer.PlaceKey("En Sarakane")), e => e.Name == "In Sarakane");
        Assert.Empty(gazetteer.Lookup(TextNormalizer.PlaceKey("Nowhere Town")));
    }

    [Fact]
    public void Skips_codes_links_and_names_with_digits()
    {
        GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), Fixture("alternateNames-mini.txt"));
        using var gazetteer = SqliteGazetteer.Open(Db);
        Assert.Empty(gazetteer.Lookup(TextNormalizer.PlaceKey("TBK")));
        Assert.Empty(gazetteer.Lookup(TextNormalizer.PlaceKey("TBQ")));
        Assert.Empty(gazetteer.Lookup(TextNormalizer.PlaceKey("Tambu 2")));
        Assert.Empty(gazetteer.Lookup(TextNormalizer.PlaceKey("https://en.wikipedia.org/wiki/Tamboukara")));
        Assert.Null(PlaceNames.KeyOf("http://example.org/x"));
        Assert.Null(PlaceNames.KeyOf("ML-KD"));
        Assert.Equal(TextNormalizer.PlaceKey("Tamboukara"), PlaceNames.KeyOf("Tamboukara"));
    }

    [Theory]
    [InlineData(GazetteerLoadMode.Query)]
    [InlineData(GazetteerLoadMode.Memory)]
    [InlineData(GazetteerLoadMode.Snapshot)]
    public void Alternate_names_in_the_script_of_a_language_read_are_keys(GazetteerLoadMode mode)
    {
        GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), null);
        using var gazetteer = SqliteGazetteer.Open(Db, mode);
        var malian = Assert.Single(gazetteer.Lookup(TextNormalizer.PlaceKey("تمبوكارا")));
        Assert.Equal("geonames:90000001", malian.Id);

        // With an attached preposition and the article, as an Arabic text writes it after "in".
        Assert.Equal(malian, Assert.Single(gazetteer.Lookup(TextNormalizer.PlaceKey("بتمبوكارا"))));

        // The Persian spelling (a kaf only Persian writes) and the Russian one are names in languages not read.
        Assert.Empty(gazetteer.Lookup(TextNormalizer.PlaceKey("تمبوکارا")));
        Assert.Empty(gazetteer.Lookup(TextNormalizer.PlaceKey("Тамбукара")));
    }

    [Theory]
    [InlineData("تمبوكارا", true)]
    [InlineData("تمبوکارا", false)]
    [InlineData("Тамбукара", false)]
    [InlineData("Tamboukara", true)]
    [InlineData("Tamboukaraتمبو", false)]
    public void A_name_is_a_key_only_in_latin_or_the_script_of_a_language_read(string name, bool isKey) =>
        Assert.Equal(isKey, PlaceNames.KeyOf(name) is not null);

    [Fact]
    public void Admin1_features_answer_to_their_short_name()
    {
        GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), null);
        using var gazetteer = SqliteGazetteer.Open(Db);
        var region = Assert.Single(gazetteer.Lookup(TextNormalizer.PlaceKey("Sarakane")));
        Assert.True(region.IsAdmin1);
        Assert.Equal(region, gazetteer.FindAdmin1("ML", "Sarakane Region"));
        Assert.Null(gazetteer.FindAdmin1("DZ", "Sarakane"));
    }

    [Fact]
    public void Importing_again_replaces_rows_instead_of_doubling_them()
    {
        GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), null);
        GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), null);
        using var gazetteer = SqliteGazetteer.Open(Db);
        Assert.Equal(5, gazetteer.PlaceCount);
        Assert.Equal(2, gazetteer.Lookup(TextNormalizer.PlaceKey("Tamboukara")).Count);
        var stats = GazetteerDatabase.Stats(Db);
        Assert.Equal([("ML", 4L), ("DZ", 1L)], stats);
    }

    [Fact]
    public void Fuzzy_search_finds_prefixes_without_accents()
    {
        GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), null);
        var hits = GazetteerDatabase.Search(Db, "region sarak*");
        Assert.Contains(hits, h => h.Place == "Région de Sarakane");
    }

    [Fact]
    public void Region_and_its_capital_at_the_same_point_both_survive_the_composite()
    {
        GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), null);
        using var gazetteer = SqliteGazetteer.Open(Db);
        var composite = new CompositeGazetteer(InMemoryGazetteer.Supplement, gazetteer);
        Assert.Single(composite.Lookup(TextNormalizer.PlaceKey("In Sarakane")));
        var town = gazetteer.Lookup(TextNormalizer.PlaceKey("In Sarakane"))[0];
        var region = gazetteer.Lookup(TextNormalizer.PlaceKey("Sarakane"))[0];
        var both = new CompositeGazetteer(new InMemoryGazetteer([(town, ["Sarakane"])]), new InMemoryGazetteer([(region, ["Sarakane"])]));
        Assert.Equal(2, both.Lookup("sarakane").Count);
    }

    [Fact]
    public void A_gazetteer_of_another_schema_is_refused()
    {
        GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), null);
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE meta SET value = '0' WHERE key = 'schema_version'";
            cmd.ExecuteNonQuery();
        }

        Assert.Throws<InvalidDataException>(() => SqliteGazetteer.Open(Db));
    }
}
