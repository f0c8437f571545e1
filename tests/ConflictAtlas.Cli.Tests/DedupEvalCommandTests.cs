using System.Text.Json.Nodes;

namespace ConflictAtlas.Cli.Tests;

/// <summary><c>atlas eval --dedup</c> on a small corpus with cross-report gold: three outlets on one drone strike and a
/// second strike two days later in the same town.</summary>
public sealed class DedupEvalCommandTests : IDisposable
{
    private static readonly string Cases = Path.Combine(CliRunner.RepoRoot, "tests", "ConflictAtlas.Storage.Tests", "Cases", "tinzaouaten-drone-strikes");

    private readonly string _corpus = Directory.CreateTempSubdirectory("atlas-dedup-corpus-").FullName;

    public void Dispose() => Directory.Delete(_corpus, recursive: true);

    /// <summary>Copies the four reports with gold files; <paramref name="keys"/> gives each report's event key.</summary>
    private void WriteCorpus(params string[] keys)
    {
        var reports = Directory.GetFiles(Cases, "*.txt").Order(StringComparer.Ordinal).ToArray();
        string[] dates = ["2024-12-01", "2024-12-01", "2024-12-01", "2024-12-03"];
        int[] tolls = [8, 10, 8, 3];
        for (var i = 0; i < reports.Length; i++)
        {
            var name = Path.GetFileNameWithoutExtension(reports[i]);
            File.Copy(reports[i], Path.Combine(_corpus, name + ".txt"));
            var gold = new JsonObject
            {
                ["document"] = new JsonObject { ["published"] = i < 3 ? "2024-12-02" : "2024-12-04", ["language"] = i == 2 ? "fr" : "en" },
                ["events"] = new JsonArray(new JsonObject
                {
                    ["event_date"] = dates[i], ["time_precision"] = 1, ["event_type"] = "Explosions/Remote violence", ["sub_event_type"] = "Air/drone strike",
                    ["actor1"] = "Military Forces of Mali", ["actor2"] = "Azawad Liberation Front", ["country"] = "Mali", ["admin1"] = "Kidal",
                    ["location"] = "Tinzaouaten", ["latitude"] = 19.949, ["longitude"] = 2.968, ["geo_precision"] = 1, ["fatalities"] = tolls[i],
                    ["event_key"] = keys[i],
                }),
            };
            File.WriteAllText(Path.Combine(_corpus, name + ".json"), gold.ToJsonString());
        }
    }

    [Fact]
    public async Task Three_outlets_on_one_strike_score_every_pair_and_the_floors_gate_the_result()
    {
        WriteCorpus("TZ-1201", "TZ-1201", "TZ-1201", "TZ-1203");
        var floors = Path.Combine(_corpus, "dedup-baseline.json");

        var (code, stdout, stderr) = await CliRunner.Run("eval", "--dedup", "--corpus", _corpus, "--update");

        Assert.True(code == 0, stderr);
        Assert.Contains("end to end: 3 of 3 merged pairs right; 3 of 3 required same-event pairs merged", stdout, StringComparison.Ordinal);
        Assert.Matches(@"dedup_e2e_f1\s+1\.000", stdout);
        Assert.Matches(@"dedup_gold_f1\s+1\.000", stdout);
        Assert.Contains("wrong merges in the store (0)", stdout, StringComparison.Ordinal);
        Assert.Equal(1.0, JsonNode.Parse(File.ReadAllText(floors))!["floors"]!["dedup_e2e_f1"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_merge_the_gold_keeps_apart_is_listed_and_fails_a_higher_floor()
    {
        // The gold says the local radio told another event: its merge with the other outlets is now wrong.
        WriteCorpus("TZ-1201", "TZ-OTHER", "TZ-1201", "TZ-1203");
        File.WriteAllText(Path.Combine(_corpus, "dedup-baseline.json"), """{"floors": {"dedup_e2e_precision": 1.0}}""");

        var (code, stdout, stderr) = await CliRunner.Run("eval", "--dedup", "--corpus", _corpus);

        Assert.Equal(2, code);
        Assert.Contains("wrong merges in the store (2)", stdout, StringComparison.Ordinal);
        Assert.Contains("1-wire-service#0 [TZ-1201] ~ 2-local-radio#0 [TZ-OTHER]", stdout, StringComparison.Ordinal);
        Assert.Contains("fatalities: 8 vs 10", stdout, StringComparison.Ordinal);
        Assert.Contains("deduplication below the pinned floors: dedup_e2e_precision 0.333 < floor 1.000", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gold_correction_of_an_event_key_is_applied_before_scoring()
    {
        // The same gold slip as above, corrected in a corrections file: the merge is right again.
        WriteCorpus("TZ-1201", "TZ-OTHER", "TZ-1201", "TZ-1203");
        var corrections = Path.Combine(_corpus, "corrections.tsv");
        File.WriteAllText(corrections, "# id\tevent\tfield\tvalue\treason\n2-local-radio\t0\tevent_key\tTZ-1201\tthe same strike, keyed apart by mistake\n");

        var (code, stdout, stderr) = await CliRunner.Run("eval", "--dedup", "--corpus", _corpus, "--corrections", corrections, "--update");

        Assert.True(code == 0, stderr);
        Assert.Contains("gold corrections: 1 of 1 applied", stdout, StringComparison.Ordinal);
        Assert.Contains("wrong merges in the store (0)", stdout, StringComparison.Ordinal);
        Assert.Matches(@"dedup_e2e_f1\s+1\.000", stdout);
    }

    [Fact]
    public async Task A_missing_corpus_is_a_clear_error()
    {
        var (code, _, stderr) = await CliRunner.Run("eval", "--dedup", "--corpus", Path.Combine(_corpus, "nowhere"));

        Assert.Equal(2, code);
        Assert.Contains("no such corpus folder", stderr, StringComparison.Ordinal);
    }
}
