using System.Diagnostics;
using System.Text.Json;
using ConflictAtlas.Core.Reading;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Stages.Clean;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Evaluation;

/// <summary>
/// Runs the read stage over an extraction benchmark read in place: the Scrapinghub article-extraction set
/// (<c>ground-truth.json</c> + <c>html/&lt;id&gt;.html.gz</c>) and scores the bodies with <see cref="ShingleScorer"/>.
/// </summary>
public static class ExtractionBenchmark
{
    /// <summary>The pages of the article-extraction benchmark in <paramref name="folder"/>, in id order.</summary>
    public static IReadOnlyList<ExtractionPage> LoadArticleExtraction(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<ExtractionPage>();
        foreach (var entry in json.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var url = entry.Value.TryGetProperty("url", out var u) ? u.GetString() : null;
            var gold = entry.Value.GetProperty("articleBody").GetString() ?? string.Empty;
            pages.Add(new ExtractionPage(entry.Name, url, Path.Combine(folder, "html", entry.Name + ".html.gz"), gold));
        }

        return pages;
    }

    /// <summary>The article body our reader extracts from each page, and the time spent reading (file loading excluded).</summary>
    public static (Dictionary<string, string> Bodies, TimeSpan Elapsed) Extract(IReadOnlyList<ExtractionPage> pages, ArticleTextStage stage)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(stage);
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        var elapsed = TimeSpan.Zero;
        foreach (var page in pages)
        {
            var raw = FileArticleSource.Read(page.HtmlPath);
            var clock = Stopwatch.StartNew();
            var document = stage.Process(Document.Create(raw.Content, new ArticleMetadata { Url = page.Url }, isHtml: true), CancellationToken.None);
            var body = ArticleBody.Of(document);
            elapsed += clock.Elapsed;
            bodies[page.Id] = body;
        }

        return (bodies, elapsed);
    }

    public static ShingleScore Score(IReadOnlyList<ExtractionPage> pages, IReadOnlyDictionary<string, string> bodies)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(bodies);
        return ShingleScorer.Aggregate([.. pages.Select(p => ShingleScorer.ScorePage(p.GoldText, bodies.GetValueOrDefault(p.Id) ?? string.Empty))]);
    }
}
