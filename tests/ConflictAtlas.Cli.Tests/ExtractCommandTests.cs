using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ConflictAtlas.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("atlas-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task Missing_file_is_an_error_on_stderr()
    {
        var (code, stdout, stderr) = await CliRunner.Run("extract", Path.Combine(_dir, "nope.txt"));
        Assert.NotEqual(0, code);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task A_directory_is_not_readable_as_a_report()
    {
        var (code, _, stderr) = await CliRunner.Run("extract", _dir);
        Assert.NotEqual(0, code);
        Assert.Contains("directory", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_gzip_page_is_unreadable()
    {
        var path = Write("page.html.gz", [0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]);
        var (code, _, stderr) = await CliRunner.Run("extract", path);
        Assert.NotEqual(0, code);
        Assert.Contains("gzip", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan.txt", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34 }, "PDF")]
    [InlineData("photo.html", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG")]
    [InlineData("blob.txt", new byte[] { 0x41, 0x00, 0x42, 0x00, 0x00, 0x07 }, "binary")]
    public async Task Binary_files_are_refused(string name, byte[] bytes, string kind)
    {
        var (code, _, stderr) = await CliRunner.Run("extract", Write(name, bytes));
        Assert.NotEqual(0, code);
        Assert.Contains(kind, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_file_is_refused()
    {
        var (code, _, stderr) = await CliRunner.Run("extract", Write("empty.txt", []));
        Assert.NotEqual(0, code);
        Assert.Contains("empty", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsupported_extension_is_refused()
    {
        var (code, _, stderr) = await CliRunner.Run("extract", Write("report.docx", "text"u8.ToArray()));
        Assert.NotEqual(0, code);
        Assert.Contains("unsupported", stderr, StringComparison.Ordinal);
    }

    [SharedFact("the seed report (seed/)")]
    public async Task Bad_publication_date_is_refused()
    {
        var (code, _, stderr) = await CliRunner.Run("extract", CliRunner.Seed, "--published", "yesterday");
        Assert.NotEqual(0, code);
        Assert.Contains("YYYY-MM-DD", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Windows_1252_text_is_decoded()
    {
        var bytes = new byte[] { 0x93, 0x48, 0x69, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x74, 0x68, 0x65, 0x20, 0x61, 0x72, 0x6D, 0x79, 0x2E };
        var (code, stdout, _) = await CliRunner.Run("extract", Write("cp1252.txt", bytes), "--json");
        Assert.Equal(0, code);
        Assert.Equal("\u201CHi\u201D said the army.", JsonNode.Parse(stdout)!["document"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Gzipped_html_is_read()
    {
        var html = "<html><head><title>Clashes near Kidal</title></head><body><article><p>Soldiers clashed with rebels in the town of Kidal on 3 March 2025, killing four, the army said. The fighting lasted two hours according to residents of the town.</p></article></body></html>";
        var path = Path.Combine(_dir, "page.html.gz");
        await using (var file = File.Create(path))
        await using (var gz = new GZipStream(file, CompressionLevel.Fastest))
        await using (var writer = new StreamWriter(gz))
        {
            await writer.WriteAsync(html);
        }

        var (code, stdout, _) = await CliRunner.Run("extract", path, "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal("Clashes near Kidal", json["document"]!["title"]!.GetValue<string>());
        Assert.Contains("Soldiers clashed", json["document"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SharedFact("the seed report (seed/)")]
    public async Task Seed_as_json_gives_the_one_event_with_url_and_evidence()
    {
        var (code, stdout, stderr) = await CliRunner.Run("extract", CliRunner.Seed, "--json", "--url", "https://example.org/seed");
        Assert.True(code == 0, stderr);
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal("https://example.org/seed", json["document"]!["url"]!.GetValue<string>());
        var e = Assert.Single(json["events"]!.AsArray())!;
        Assert.Equal("Air/drone strike", e["sub_event_type"]!.GetValue<string>());
        Assert.Equal("Tinzaouaten", e["location"]!.GetValue<string>());
        Assert.Equal(8, e["fatalities"]!.GetValue<int>());
        var text = json["document"]!["text"]!.GetValue<string>();
        foreach (var (_, spans) in e["evidence"]!.AsObject())
        {
            foreach (var s in spans!.AsArray())
            {
                Assert.Equal(text[s!["start"]!.GetValue<int>()..s["end"]!.GetValue<int>()], s["text"]!.GetValue<string>());
            }
        }
    }

    [SharedFact("the seed report (seed/)")]
    public async Task Seed_as_a_table_shows_fields_and_evidence()
    {
        var (code, stdout, _) = await CliRunner.Run("extract", CliRunner.Seed);
        Assert.Equal(0, code);
        Assert.Contains("Air/drone strike", stdout, StringComparison.Ordinal);
        Assert.Contains("\"Tinzaouatine\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_and_help_are_printed()
    {
        var (code, stdout, _) = await CliRunner.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", stdout.Trim());
        var help = await CliRunner.Run("--help");
        Assert.Equal(0, help.Code);
        Assert.Contains("extract", help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_is_an_error()
    {
        var (code, _, stderr) = await CliRunner.Run("frobnicate");
        Assert.NotEqual(0, code);
        Assert.NotEmpty(stderr);
    }

    /// <summary>A short report of our own: one attack, one denied clash, one threatened attack.</summary>
    private const string ExplainedReport =
        "Gunmen attacked a village near Mopti on Sunday, killing six farmers.\n\n" +
        "The army denied that its soldiers clashed with the gunmen near Mopti on Sunday.\n\n" +
        "The group threatened to attack Mopti again next week.\n";

    [Fact]
    public async Task Explain_says_what_became_of_every_sentence_that_names_an_act()
    {
        var (code, stdout, _) = await CliRunner.Run("extract", Write("explained.txt", System.Text.Encoding.UTF8.GetBytes(ExplainedReport)), "--published", "2025-03-10", "--explain");

        Assert.Equal(0, code);
        var lines = stdout.Split('\n').Select(l => l.Trim()).ToList();
        var explain = lines.SkipWhile(l => !l.StartsWith("explain:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(explain);
        Assert.Contains("-> became event 1", explain);
        var denied = explain.IndexOf(explain.First(l => l.Contains("The army denied", StringComparison.Ordinal)));
        Assert.StartsWith("-> dropped: denied \"denied\"", explain[denied + 1], StringComparison.Ordinal);
        var threatened = explain.IndexOf(explain.First(l => l.Contains("threatened to attack", StringComparison.Ordinal)));
        Assert.StartsWith("-> dropped: future or hypothetical", explain[threatened + 1], StringComparison.Ordinal);
        Assert.Contains(explain, l => l.StartsWith("event 1:", StringComparison.Ordinal) && l.Contains("EventClass by ", StringComparison.Ordinal));
        // What the confidence was read from: the day and place of the event's own sentence, the toll of a death phrase.
        var confidence = explain.First(l => l.StartsWith("confidence ", StringComparison.Ordinal));
        Assert.Contains("date own-day ", confidence, StringComparison.Ordinal);
        Assert.Contains("place own-sentence ", confidence, StringComparison.Ordinal);
        Assert.Contains("toll death-phrase ", confidence, StringComparison.Ordinal);
        var coded = lines.First(l => l.StartsWith("confidence ", StringComparison.Ordinal) && !l.Contains('=', StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.StartsWith($"confidence {coded} = logistic(", confidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_in_json_gives_each_verdict_with_its_span()
    {
        var (code, stdout, _) = await CliRunner.Run("extract", Write("explained.txt", System.Text.Encoding.UTF8.GetBytes(ExplainedReport)), "--published", "2025-03-10", "--json", "--explain");

        Assert.Equal(0, code);
        var explain = JsonNode.Parse(stdout)!["explain"]!.AsArray();
        var first = explain[0]!;
        Assert.Equal(0, first["start"]!.GetValue<int>());
        Assert.Equal("became event 1", first["verdict"]!.GetValue<string>());
        Assert.Equal(1, first["event"]!.GetValue<int>());
        Assert.Contains(explain, v => v!["verdict"]!.GetValue<string>().StartsWith("dropped: denied", StringComparison.Ordinal));
        var confidence = JsonNode.Parse(stdout)!["explain_confidence"]!.AsArray()[0]!;
        var components = confidence["components"]!.AsArray().ToDictionary(c => c!["component"]!.GetValue<string>(), c => c!["value"]!.GetValue<string>());
        Assert.Equal(("own-day", "own-sentence", "death-phrase"), (components["date"], components["place"], components["toll"]));
        var sum = confidence["intercept"]!.GetValue<double>() + confidence["components"]!.AsArray().Sum(c => c!["weight"]!.GetValue<double>());
        Assert.Equal(Math.Round(1 / (1 + Math.Exp(-sum)), 2), confidence["confidence"]!.GetValue<double>());
        Assert.Equal(confidence["confidence"]!.GetValue<double>(), JsonNode.Parse(stdout)!["events"]![0]!["confidence"]!.GetValue<double>());
    }
}
