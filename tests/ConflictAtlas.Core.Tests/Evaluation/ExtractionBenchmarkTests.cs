using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Stages.Clean;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Evaluation;

public sealed class ExtractionBenchmarkTests
{
    /// <summary>The F1 reached on the article-extraction benchmark (0.9752, see docs/reading.md) minus 0.002.</summary>
    private const double F1Floor = 0.973;

    private static string Folder => Path.Combine(Repo.SharedRoot, "bench", "article-extraction");

    [SharedFact("the article-extraction benchmark pages (bench/article-extraction/)")]
    public void Article_extraction_f1_stays_above_its_floor()
    {
        var pages = ExtractionBenchmark.LoadArticleExtraction(Folder);
        Assert.Equal(181, pages.Count);
        var (bodies, _) = ExtractionBenchmark.Extract(pages, new ArticleTextStage());
        var score = ExtractionBenchmark.Score(pages, bodies);
        Assert.True(score.F1 >= F1Floor, $"F1 {score.F1:0.0000} fell below the floor {F1Floor} (precision {score.Precision:0.000}, recall {score.Recall:0.000})");
    }
}
