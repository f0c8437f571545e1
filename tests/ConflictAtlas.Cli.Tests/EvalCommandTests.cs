using System.Text.Json.Nodes;

namespace ConflictAtlas.Cli.Tests;

/// <summary><c>atlas eval</c> on a small corpus in two folders: parts, folders, details, corrections and floors.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private static readonly string Cases = Path.Combine(CliRunner.RepoRoot, "tests", "ConflictAtlas.Storage.Tests", "Cases", "tinzaouaten-drone-strikes");

    private readonly string _corpus = Directory.CreateTempSubdirectory("atlas-eval-corpus-").FullName;

    public void Dispose() => Directory.Delete(_corpus, recursive: true);

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_corpus, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>The four drone-strike reports, the first two in north/, the others in south/; the first report's gold
    /// also holds a protest in Bamako that no report tells, and no gold event has an actor2.</summary>
    private string[] WriteCorpus()
    {
        var reports = Directory.GetFiles(Cases, "*.txt").Order(StringComparer.Ordinal).ToArray();
        string[] dates = ["2024-12-01", "2024-12-01", "2024-12-01", "2024-12-03"];
        var ids = new List<string>();
        for (var i = 0; i < reports.Length; i++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(_corpus, i < 2 ? "north" : "south")).FullName;
            var name = Path.GetFileNameWithoutExtension(reports[i]);
            ids.Add(name);
            File.Copy(reports[i], Path.Combine(folder, name + ".txt"));
            var events = new JsonArray(new JsonObject
            {
                ["event_date"] = dates[i], ["time_precision"] = 1, ["event_type"] = "Explosions/Remote violence", ["sub_event_type"] = "Air/drone strike",
                ["actor1"] = "Military Forces of Mali", ["country"] = "Mali", ["location"] = "Tinzaouaten", ["latitude"] = 19.949, ["longitude"] = 2.968,
            });
            if (i == 0)
            {
                events.Add(new JsonObject
                {
                    ["event_date"] = "2024-11-20", ["time_precision"] = 1, ["event_type"] = "Protests", ["sub_event_type"] = "Peaceful protest",
                    ["actor1"] = "Protesters (Mali)", ["country"] = "Mali", ["location"] = "Bamako", ["latitude"] = 12.65, ["longitude"] = -8.0,
                });
            }

            var gold = new JsonObject
            {
                ["document"] = new JsonObject { ["published"] = i < 3 ? "2024-12-02" : "2024-12-04", ["language"] = i == 2 ? "fr" : "en" },
                ["events"] = events,
            };
            File.WriteAllText(Path.Combine(folder, name + ".json"), gold.ToJsonString());
        }

        return [.. ids];
    }

    [Fact]
    public async Task Parts_folders_and_languages_are_scored_apart_and_the_held_out_details_stay_hidden()
    {
        var ids = WriteCorpus();
        var holdout = WriteFile("holdout.tsv", $"# folder\tid\nsouth\t{ids[3]}\n");

        var (code, stdout, stderr) = await CliRunner.Run("eval", "--corpus", _corpus, "--holdout", holdout, "--subset", "north,south:en", "--details");

        Assert.True(code == 0, stderr);
        Assert.Matches(@"score\s+all\s+tuned\s+held-out\s+subset\s+floor", stdout);
        Assert.Matches(@"reports\s+4\s+3\s+1\s+3", stdout);
        Assert.Matches(@"detection_recall\s+0\.800\s+0\.750\s+1\.000\s+0\.750", stdout);
        Assert.Matches(@"score\s+en\s+fr\s+north\s+south", stdout);
        // No gold event has an actor2: the field is not measured.
        Assert.Matches(@"actor2\s+-\s+-\s+-\s+-", stdout);
        Assert.Matches($@"(?m)^miss  north/{ids[0]} gold#1 2024-11-20 Peaceful protest @Bamako: closest prediction pred#0 \(matched to gold#0\) disagrees: type Air/drone strike vs Peaceful protest", stdout);
        Assert.DoesNotContain(ids[3], stdout, StringComparison.Ordinal);
        Assert.Contains("details of the 1 held-out reports are not printed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibration_prints_the_reliability_of_each_part_and_fits_weights_on_the_tuned_part_only()
    {
        var ids = WriteCorpus();
        var holdout = WriteFile("holdout.tsv", $"# folder\tid\nsouth\t{ids[3]}\n");
        var weights = Path.Combine(_corpus, "weights.tsv");

        var (code, stdout, stderr) = await CliRunner.Run("eval", "--corpus", _corpus, "--holdout", holdout, "--calibration", "--fit", weights);

        Assert.True(code == 0, stderr);
        Assert.Matches(@"band\s+tuned\s+held-out", stdout);
        // Every prediction matched its gold: each part's total is its predicted events, all of them right.
        Assert.Matches(@"(?m)^all\s+3 1\.00\s+1 1\.00\s*$", stdout);
        Assert.Contains("confidence weights fitted on 3 events", stdout, StringComparison.Ordinal);
        var rows = File.ReadAllLines(weights).Where(l => !l.StartsWith('#')).ToList();
        Assert.StartsWith("intercept\t-\t", rows[0], StringComparison.Ordinal);
        Assert.Contains(rows, r => r.StartsWith("date\town-day\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_miss_in_a_report_without_events_says_why_its_sentences_gave_none()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_corpus, "east")).FullName;
        File.WriteAllText(Path.Combine(folder, "warning.txt"), "Gunmen will attack the market in Gao next week, a local official warned on Monday.\n");
        File.WriteAllText(Path.Combine(folder, "warning.json"), new JsonObject
        {
            ["document"] = new JsonObject { ["published"] = "2024-12-02", ["language"] = "en" },
            ["events"] = new JsonArray(new JsonObject
            {
                ["event_date"] = "2024-12-02", ["event_type"] = "Violence against civilians", ["sub_event_type"] = "Attack", ["location"] = "Gao",
            }),
        }.ToJsonString());

        var (code, stdout, stderr) = await CliRunner.Run("eval", "--corpus", _corpus, "--details");

        Assert.True(code == 0, stderr);
        Assert.Contains("miss  east/warning gold#0 2024-12-02 Attack @Gao: no prediction in the report; sentences dropped: future or hypothetical 1", stdout, StringComparison.Ordinal);
        Assert.Matches(@"detection_precision\s+-", stdout);
        Assert.Matches(@"detection_f1\s+0\.000", stdout);
    }

    [Fact]
    public async Task Corrections_change_the_gold_before_scoring_and_floors_are_pinned_per_part()
    {
        var ids = WriteCorpus();
        var holdout = WriteFile("holdout.tsv", $"{ids[3]}\n");
        var corrections = WriteFile("corrections.tsv", $"{ids[0]}\t1\tevent_date\t2024-12-01\ta test correction\n{ids[1]}\t7\tfatalities\t1\tnames no event\n");
        var baseline = Path.Combine(_corpus, "floors.json");

        var (code, stdout, stderr) = await CliRunner.Run(
            "eval", "--corpus", _corpus, "--holdout", holdout, "--corrections", corrections, "--baseline", baseline, "--update");

        Assert.True(code == 0, stderr);
        Assert.Contains("gold corrections: 1 of 2 applied", stdout, StringComparison.Ordinal);
        Assert.Contains($"correction names no gold event: {ids[1]} event 7 fatalities", stdout, StringComparison.Ordinal);
        var floors = JsonNode.Parse(File.ReadAllText(baseline))!["floors"]!.AsObject();
        Assert.Equal(0.8, floors["detection_recall"]!.GetValue<double>());
        Assert.Equal(1.0, floors["held_out.detection_f1"]!.GetValue<double>());
        Assert.True(floors.ContainsKey("tuned.event_date"));
        Assert.False(floors.ContainsKey("actor2"));
    }

    [Fact]
    public async Task A_score_under_its_floor_in_the_held_out_part_fails_the_gate()
    {
        var ids = WriteCorpus();
        var holdout = WriteFile("holdout.tsv", $"{ids[0]}\n");
        var baseline = WriteFile("floors.json", """{"floors": {"held_out.detection_recall": 0.9}}""");

        var (code, stdout, stderr) = await CliRunner.Run("eval", "--corpus", _corpus, "--holdout", holdout, "--baseline", baseline);

        Assert.NotEqual(0, code);
        Assert.Contains("held_out.detection_recall 0.500 < floor 0.900", stderr, StringComparison.Ordinal);
        Assert.Matches(@"detection_recall\s+0\.800\s+1\.000\s+0\.500!", stdout);
    }
}
