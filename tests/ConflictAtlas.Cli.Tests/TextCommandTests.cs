using System.Text.Json.Nodes;

namespace ConflictAtlas.Cli.Tests;

public sealed class TextCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("atlas-text-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Page = """
        <html lang="en"><head><title>Soldiers killed near Dori</title><meta property="og:site_name" content="Sahel Daily">
        <meta property="article:published_time" content="2024-12-01T08:00:00+00:00"><meta name="author" content="Staff reporter"></head>
        <body><article><h1>Soldiers killed near Dori</h1>
        <p>Gunmen killed three soldiers in an attack on a checkpoint near Dori on Saturday, security sources said.</p>
        <figure><img src="x.jpg"><figcaption>Soldiers on patrol in 2023. AFP/File</figcaption></figure>
        <p>The attack was the second on the town's defences in a week, according to residents reached by telephone.</p>
        </article></body></html>
        """;

    [Fact]
    public async Task Jsonl_gives_one_object_per_input_with_the_path_as_given()
    {
        var html = Write("a/page.html", Page);
        var txt = Write("b.txt", "Protest in Niamey\n\nHundreds of people marched in Niamey on Friday.");
        var (code, stdout, stderr) = await CliRunner.Run("text", html, txt, "--jsonl");
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var first = JsonNode.Parse(lines[0])!.AsObject();
        Assert.Equal(html, first["path"]!.GetValue<string>());
        Assert.Equal("Soldiers killed near Dori", first["title"]!.GetValue<string>());
        Assert.Equal("2024-12-01T08:00:00+00:00", first["published"]!.GetValue<string>());
        Assert.Equal("Staff reporter", first["author"]!.GetValue<string>());
        Assert.Equal("Sahel Daily", first["site"]!.GetValue<string>());
        Assert.Equal("en", first["language"]!.GetValue<string>());
        Assert.Contains("killed three soldiers", first["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(first["removed"]!.AsArray(), r => r!["kind"]!.GetValue<string>() == "caption");
        Assert.Equal(txt, JsonNode.Parse(lines[1])!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task One_bad_input_is_reported_and_skipped_and_the_exit_code_says_so()
    {
        var good = Write("good.txt", "Headline\n\nA report about an attack.");
        var empty = Write("empty.html", string.Empty);
        var (code, stdout, stderr) = await CliRunner.Run("text", empty, good, Path.Combine(_dir, "missing.txt"), "--jsonl");
        Assert.NotEqual(0, code);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("empty", stderr, StringComparison.Ordinal);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_of_many_reports_is_read_in_one_call()
    {
        for (var i = 0; i < 150; i++)
        {
            Write($"many/{i:000}.txt", $"Report {i}\n\nBody of report number {i}.");
        }

        var (code, stdout, _) = await CliRunner.Run("text", Path.Combine(_dir, "many"), "--jsonl");
        Assert.Equal(0, code);
        Assert.Equal(150, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Without_jsonl_the_text_is_printed()
    {
        var (code, stdout, _) = await CliRunner.Run("text", Write("one.txt", "Headline\n\nThe body of the report."));
        Assert.Equal(0, code);
        Assert.Equal("Headline\n\nThe body of the report.", stdout.TrimEnd('\n'));
    }
}
