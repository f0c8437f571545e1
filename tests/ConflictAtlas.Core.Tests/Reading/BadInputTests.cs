using System.IO.Compression;
using System.Text;
using ConflictAtlas.Core.Reading;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Stages.Clean;

namespace ConflictAtlas.Core.Tests.Reading;

/// <summary>Hostile and broken inputs give a clear error or a best-effort text, never a crash or a hang.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("atlas-bad-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static async Task<ReadOutcome> ReadOne(string path)
    {
        var reader = new ArticleReader(new ArticleInputs(new NoNetwork()), new ArticleTextStage());
        var outcomes = new List<ReadOutcome>();
        await foreach (var outcome in reader.ReadAllAsync([path], CancellationToken.None))
        {
            outcomes.Add(outcome);
        }

        return Assert.Single(outcomes);
    }

    [Fact]
    public async Task Empty_file_is_a_clear_error()
    {
        var outcome = await ReadOne(Write("empty.html", []));
        Assert.Contains("empty", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.html", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF")]
    [InlineData("report.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG")]
    [InlineData("report.htm", new byte[] { 0x01, 0x00, 0x02, 0x00, 0x41 }, "binary")]
    public async Task Binary_data_is_a_clear_error(string name, byte[] bytes, string expected)
    {
        var outcome = await ReadOne(Write(name, bytes));
        Assert.Null(outcome.Document);
        Assert.Contains(expected, outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_is_read_as_windows_1252()
    {
        var bytes = Encoding.Latin1.GetBytes("Attaque \u00e0 Gao\n\nDes hommes arm\u00e9s ont attaqu\u00e9 le march\u00e9 ").Concat(new byte[] { 0x96, 0x20, 0xC3, 0x28 }).Concat(" lundi."u8.ToArray()).ToArray();
        var outcome = await ReadOne(Write("latin.txt", bytes));
        Assert.Contains("Des hommes armés ont attaqué le marché \u2013", outcome.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_nested_100000_levels_deep_is_read_without_overflowing_the_stack()
    {
        const int depth = 100_000;
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>Gunmen attacked a checkpoint near Menaka on Tuesday, killing two soldiers, the army said.</p>");
        for (var i = 0; i < depth; i++)
        {
            html.Append("</div>");
        }

        html.Append("</body></html>");
        var outcome = await ReadOne(Write("deep.html", Encoding.UTF8.GetBytes(html.ToString())));
        Assert.Null(outcome.Error);
        Assert.Contains("killing two soldiers", outcome.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_50_MB_page_gives_a_best_effort_text()
    {
        var paragraph = Encoding.UTF8.GetBytes("<p>Protesters marched through the centre of Niamey on Friday to demand the release of detained journalists, witnesses said.</p>\n");
        var bytes = new byte[50 * 1024 * 1024];
        "<html><body><article>"u8.CopyTo(bytes);
        for (var at = 21; at + paragraph.Length < bytes.Length; at += paragraph.Length)
        {
            paragraph.CopyTo(bytes, at);
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                bytes[i] = (byte)' ';
            }
        }

        var outcome = await ReadOne(Write("huge.html", bytes));
        Assert.Null(outcome.Error);
        Assert.Contains("detained journalists", outcome.Document!.Text, StringComparison.Ordinal);
        Assert.True(outcome.Document.Text.Length <= HtmlGuard.MaxChars);
    }

    [Fact]
    public async Task A_gzip_file_that_is_not_gzip_is_a_clear_error()
    {
        var outcome = await ReadOne(Write("page.html.gz", "<p>not compressed</p>"u8.ToArray()));
        Assert.Contains("gzip", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzipped_page_is_read()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("<html><body><article><p>Soldiers repelled an attack on a base near Dori on Monday, the army said in a statement.</p></article></body></html>"u8);
        }

        var outcome = await ReadOne(Write("page.html.gz", buffer.ToArray()));
        Assert.Contains("repelled an attack", outcome.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_with_broken_xml_is_reported()
    {
        var outcome = await ReadOne(Write("feed.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>x</ti"u8.ToArray()));
        Assert.Null(outcome.Document);
        Assert.Contains("broken feed XML", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        var outcome = await ReadOne(Path.Combine(_dir.FullName, "nope.html"));
        Assert.Contains("no such file", outcome.Error, StringComparison.Ordinal);
    }

    private sealed class NoNetwork : IArticleFetcher
    {
        public Task<FetchedResource> FetchAsync(Uri url, CancellationToken cancellationToken) =>
            throw new InputException($"{url}: no network in this test");
    }
}
