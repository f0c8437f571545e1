using System.Text.Json.Nodes;
using ConflictAtlas.Cli;

namespace ConflictAtlas.Geo.Tests;

/// <summary><c>atlas places</c> over the real gazetteer and <c>atlas gazetteer import|stats|search</c> on a temporary file.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("atlas-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AtlasCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Places_prints_each_place_as_json_with_its_span_and_reason()
    {
        const string Text = "Malian drones struck Tinzaouaten on Sunday, and fighting spread across the Kidal region of Mali.";
        var (code, output, _) = await Run("places", Text, "--json");
        Assert.Equal(0, code);
        var places = JsonNode.Parse(output)!.AsArray();
        var tin = places.Single(p => (string?)p!["span"]!["text"] == "Tinzaouaten")!;
        Assert.Equal("Tinzaouaten", (string?)tin["name"]);
        Assert.Equal("Mali", (string?)tin["country"]);
        Assert.Equal("Kidal", (string?)tin["admin1"]);
        Assert.Equal(1, (int)tin["geo_precision"]!);
        Assert.Equal(Text.IndexOf("Tinzaouaten", StringComparison.Ordinal), (int)tin["span"]!["start"]!);
        Assert.False(string.IsNullOrEmpty((string?)tin["reason"]));
        var region = places.Single(p => (string?)p!["span"]!["text"] == "Kidal")!;
        Assert.Equal(3, (int)region["geo_precision"]!);
    }

    [Fact]
    public async Task Places_prints_a_table_by_default()
    {
        var (code, output, _) = await Run("places", "Jihadists shelled the airport of Tombouctou, in northern Mali.");
        Assert.Equal(0, code);
        Assert.Contains("Tombouctou -> Timbuktu", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_then_stats_and_search_on_a_given_file()
    {
        var db = Path.Combine(_dir, "g.db");
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var (code, _, error) = await Run("gazetteer", "import", Path.Combine(fixtures, "geonames-mini.txt"), "--alternate-names", Path.Combine(fixtures, "alternateNames-mini.txt"), "--db", db);
        Assert.True(code == 0, error);
        var (statsCode, stats, _) = await Run("gazetteer", "stats", "--db", db);
        Assert.Equal(0, statsCode);
        var lines = stats.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ML", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("DZ", lines[1], StringComparison.Ordinal);
        var (_, search, _) = await Run("gazetteer", "search", "Tambouk*", "--db", db);
        Assert.Contains("Tamboukara", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_of_a_missing_file_is_an_input_error()
    {
        var (code, _, error) = await Run("gazetteer", "stats", "--db", Path.Combine(_dir, "missing.db"));
        Assert.Equal(CliContext.InputError, code);
        Assert.Contains("no gazetteer", error, StringComparison.Ordinal);
    }
}
