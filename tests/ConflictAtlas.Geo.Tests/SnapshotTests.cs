using ConflictAtlas.Cli;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Storage.Gazetteer;
using Microsoft.Data.Sqlite;

namespace ConflictAtlas.Geo.Tests;

/// <summary>
/// The lookup snapshot (gazetteer.keys) against SQLite: the same answers on the real gazetteer and on an imported
/// file, and a clear fall-back to SQLite queries when the snapshot is missing, stale or damaged.
/// </summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("atlas-snap-").FullName;

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private string Db => Path.Combine(_dir, "gazetteer.db");

    private string Keys => GazetteerSnapshot.PathFor(Db);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Snapshot_and_sqlite_give_the_same_answers_on_the_real_gazetteer()
    {
        var path = GazetteerLocator.ResolvePath();
        using var snapshot = SqliteGazetteer.Open(path);
        using var query = SqliteGazetteer.Open(path, GazetteerLoadMode.Query);
        Assert.Equal(GazetteerLoadMode.Snapshot, snapshot.Mode);
        Assert.Null(snapshot.Notice);
        Assert.Equal(query.PlaceCount, snapshot.PlaceCount);

        // Every 97th key of the database, names with many namesakes, and keys that name no place.
        var keys = SampleKeys(path, 97);
        keys.AddRange(["san jose", "gao", "kidal", "tinzaouaten", "tombouctou", "maiduguri", "the police", "zzqx", string.Empty]);
        var hits = 0;
        foreach (var key in keys)
        {
            var expected = query.Lookup(key);
            var actual = snapshot.Lookup(key);
            Assert.True(expected.SequenceEqual(actual), $"key '{key}': {expected.Count} places from SQLite, {actual.Count} from the snapshot");
            hits += actual.Count > 0 ? 1 : 0;
        }

        Assert.True(hits > 4000, $"only {hits} of {keys.Count} sample keys were found");
    }

    [Fact]
    public void Import_writes_a_snapshot_that_answers_like_sqlite()
    {
        GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), Fixture("alternateNames-mini.txt"));
        Assert.True(File.Exists(Keys));
        using var snapshot = SqliteGazetteer.Open(Db);
        using var query = SqliteGazetteer.Open(Db, GazetteerLoadMode.Query);
        Assert.Equal(GazetteerLoadMode.Snapshot, snapshot.Mode);
        var keys = SampleKeys(Db, 1);
        Assert.NotEmpty(keys);
        foreach (var key in keys.Append("nowhere town"))
        {
            Assert.Equal(query.Lookup(key), snapshot.Lookup(key));
        }
    }

    [Fact]
    public void A_snapshot_of_an_earlier_build_is_not_used()
    {
        GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), null);
        var earlier = File.ReadAllBytes(Keys);

        // A second import renews the build stamp; the first snapshot put back is stale.
        GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), Fixture("alternateNames-mini.txt"));
        File.WriteAllBytes(Keys, earlier);
        using var gazetteer = SqliteGazetteer.Open(Db);
        Assert.Equal(GazetteerLoadMode.Query, gazetteer.Mode);
        Assert.Contains("stale", gazetteer.Notice, StringComparison.Ordinal);
        Assert.Contains("atlas gazetteer snapshot", gazetteer.Notice, StringComparison.Ordinal);

        // Answers come from SQLite, with the second import's alternate names.
        Assert.NotEmpty(gazetteer.Lookup(TextNormalizer.PlaceKey("Tamboukarra")));
    }

    public static TheoryData<string, string> Damage => new()
    {
        { "missing", "no gazetteer snapshot" },
        { "empty", "has 0 bytes" },
        { "garbage", "not a gazetteer snapshot" },
        { "truncated", "damaged" },
        { "flipped byte", "checksum" },
        { "other version", "snapshot format" },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void A_damaged_snapshot_falls_back_to_sqlite_and_says_why(string damage, string expected)
    {
        GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), Fixture("alternateNames-mini.txt"));
        var bytes = File.ReadAllBytes(Keys);
        switch (damage)
        {
            case "missing":
                File.Delete(Keys);
                break;
            case "empty":
                File.WriteAllBytes(Keys, []);
                break;
            case "garbage":
                File.WriteAllText(Keys, "not a snapshot at all, just some text that is long enough to hold a header of 128 bytes ........................................");
                break;
            case "truncated":
                File.WriteAllBytes(Keys, bytes[..(bytes.Length - 10)]);
                break;
            case "flipped byte":
                bytes[^3] ^= 0x20;
                File.WriteAllBytes(Keys, bytes);
                break;
            default:
                bytes[8] = 99;
                File.WriteAllBytes(Keys, bytes);
                break;
        }

        using var gazetteer = SqliteGazetteer.Open(Db);
        Assert.Equal(GazetteerLoadMode.Query, gazetteer.Mode);
        Assert.Contains(expected, gazetteer.Notice, StringComparison.Ordinal);
        Assert.Equal(["DZ", "ML"], gazetteer.Lookup(TextNormalizer.PlaceKey("Tamboukara")).Select(e => e.CountryIso2).Order());
    }

    [Fact]
    public async Task The_snapshot_command_writes_it_again()
    {
        GazetteerDatabase.Import(Db, Fixture("geonames-mini.txt"), null);
        File.Delete(Keys);
        using (var output = new StringWriter())
        using (var error = new StringWriter())
        {
            Assert.Equal(0, await AtlasCli.RunAsync(["gazetteer", "snapshot", "--db", Db], output, error));
        }

        using var gazetteer = SqliteGazetteer.Open(Db);
        Assert.Equal(GazetteerLoadMode.Snapshot, gazetteer.Mode);
        Assert.Single(gazetteer.Lookup(TextNormalizer.PlaceKey("In Sarakane")));
    }

    private static List<string> SampleKeys(string db, int every)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT DISTINCT key FROM names WHERE rowid % $every = 0";
        cmd.Parameters.AddWithValue("$every", every);
        using var reader = cmd.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
