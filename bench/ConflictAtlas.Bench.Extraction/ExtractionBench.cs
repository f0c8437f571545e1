using System.Globalization;
using System.Text.Json;
using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Stages.Clean;

namespace ConflictAtlas.Bench.Extraction;

/// <summary>Scores our reader (and Readability.js) on the article-extraction benchmark and Mozilla's test pages.</summary>
public static class ExtractionBench
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, TextWriter log)
    {
        if (!File.Exists(Path.Combine(options.ArticleExtraction, "ground-truth.json")))
        {
            await log.WriteLineAsync($"error: {options.ArticleExtraction}: no ground-truth.json (the article-extraction benchmark)").ConfigureAwait(false);
            return 2;
        }

        var stage = new ArticleTextStage();
        var pages = ExtractionBenchmark.LoadArticleExtraction(options.ArticleExtraction);

        // One untimed page first, so JIT compilation is not counted against either extractor's per-page time.
        ExtractionBenchmark.Extract([pages[0]], stage);
        var (ours, ourTime) = ExtractionBenchmark.Extract(pages, stage);
        var ourTimes = new List<TimeSpan> { ourTime };
        var ourScore = ExtractionBenchmark.Score(pages, ours);
        await output.WriteLineAsync($"article-extraction benchmark: {pages.Count} pages").ConfigureAwait(false);
        await output.WriteLineAsync("extractor        F1     precision recall accuracy empty  ms/page").ConfigureAwait(false);
        await output.WriteLineAsync(Row("ConflictAtlas", ourScore, ourTime, pages.Count)).ConfigureAwait(false);
        if (options.Predictions is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(ours.ToDictionary(e => e.Key, e => new { articleBody = e.Value }))).ConfigureAwait(false);
        }

        if (options.Worst > 0)
        {
            ErrorListing.Write(pages, ours, options.Worst, output);
        }

        if (options.RunReadabilityJs)
        {
            var js = await ReadabilityJsRunner.RunAsync(options.RepoRoot, pages, log).ConfigureAwait(false);
            if (js is { } result)
            {
                var jsScore = ExtractionBenchmark.Score(pages, result.Bodies);
                await output.WriteLineAsync(Row("Readability.js", jsScore, result.Elapsed, pages.Count)).ConfigureAwait(false);
                var jsTimes = new List<TimeSpan> { result.Elapsed };
                for (var round = 2; round <= options.Rounds; round++)
                {
                    ourTimes.Add(ExtractionBenchmark.Extract(pages, stage).Elapsed);
                    if (await ReadabilityJsRunner.RunAsync(options.RepoRoot, pages, log).ConfigureAwait(false) is { } again)
                    {
                        jsTimes.Add(again.Elapsed);
                    }
                }

                if (options.Rounds > 1)
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"ms/page by round, in turn: ConflictAtlas {string.Join(", ", ourTimes.Select(t => PerPage(t, pages.Count)))}; Readability.js {string.Join(", ", jsTimes.Select(t => PerPage(t, pages.Count)))}")).ConfigureAwait(false);
                }

                var (fastestOurs, fastestJs) = (ourTimes.Min(), jsTimes.Min());
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"speed: ConflictAtlas is {fastestJs.TotalMilliseconds / fastestOurs.TotalMilliseconds:0.0}x faster per page than Readability.js (jsdom){(options.Rounds > 1 ? ", fastest round of each" : string.Empty)}")).ConfigureAwait(false);
            }
        }

        if (Directory.Exists(options.ReadabilityPages))
        {
            var (all, news, skipped) = ReadabilityPagesAgreement.Run(options.ReadabilityPages, stage);
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"agreement with Readability.js 0.6.0 output on its test pages ({skipped} 'readerable: false' pages left out):").ConfigureAwait(false);
            await output.WriteLineAsync(Row($"all ({all.Pages})", all, null, all.Pages)).ConfigureAwait(false);
            await output.WriteLineAsync(Row($"news ({news.Pages})", news, null, news.Pages)).ConfigureAwait(false);
        }

        return 0;
    }

    private static string Row(string name, ShingleScore s, TimeSpan? elapsed, int pages) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-16} {s.F1:0.000}  {s.Precision:0.000}     {s.Recall:0.000}  {s.Accuracy:0.000}    {s.EmptyPages,-5}  {(elapsed is { } e ? (e.TotalMilliseconds / pages).ToString("0.0", CultureInfo.InvariantCulture) : "-")}");

    private static string PerPage(TimeSpan elapsed, int pages) => (elapsed.TotalMilliseconds / pages).ToString("0.0", CultureInfo.InvariantCulture);
}
