using System.Text.Json.Nodes;

namespace ConflictAtlas.Cli.Tests;

/// <summary>A report in a language the coder has no vocabulary for is said to be unread, never coded as silently nothing.</summary>
public sealed class UnreadLanguageTests : IDisposable
{
    private const string German =
        "Bewaffnete haben am Sonntag bei einem Angriff auf einen Markt in Kidal zwölf Menschen getötet, teilte die Polizei mit. " +
        "Die Täter sind nach Angaben der Behörden auf Motorrädern geflohen.";

    private const string English =
        "Gunmen killed twelve traders in an attack on a market in Kidal on Sunday, the police said.";

    private readonly string _dir = Directory.CreateTempSubdirectory("atlas-lang-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Extract_says_on_stderr_that_a_german_report_is_not_read()
    {
        var (code, _, stderr) = await CliRunner.Run("extract", Write("bericht.txt", German), "--published", "2025-03-10");
        Assert.Equal(0, code);
        Assert.Contains("'de', a language the coder does not read", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_says_that_no_sentence_of_a_german_report_was_read()
    {
        var (_, stdout, _) = await CliRunner.Run("extract", Write("bericht.txt", German), "--published", "2025-03-10", "--explain");
        Assert.Contains("not read: the report is in 'de'", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_json_marks_the_language_as_unread_and_has_no_events()
    {
        var (_, stdout, _) = await CliRunner.Run("extract", Write("bericht.txt", German), "--published", "2025-03-10", "--json");
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal("de", json["document"]!["language"]!.GetValue<string>());
        Assert.False(json["document"]!["language_read"]!.GetValue<bool>());
        Assert.Empty(json["events"]!.AsArray());
    }

    [Fact]
    public async Task Extract_of_an_english_report_gives_no_notice()
    {
        var (_, stdout, stderr) = await CliRunner.Run("extract", Write("report.txt", English), "--published", "2025-03-10", "--json");
        Assert.DoesNotContain("does not read", stderr, StringComparison.Ordinal);
        Assert.True(JsonNode.Parse(stdout)!["document"]!["language_read"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Ingest_counts_reports_per_language_and_the_unread_ones()
    {
        var german = Write("bericht.txt", German);
        var english = Write("report.txt", English);
        var (code, stdout, stderr) = await CliRunner.Run("ingest", german, english, "--db", Path.Combine(_dir, "atlas.db"));
        Assert.Equal(0, code);
        Assert.Contains("languages of the coded reports: de 1 (not read), en 1", stdout, StringComparison.Ordinal);
        Assert.Contains("1 report(s) in a language the coder does not read gave no events", stderr, StringComparison.Ordinal);
    }
}
