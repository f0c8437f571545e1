namespace ConflictAtlas.Bench.Extraction;

/// <summary>
/// Command-line options: where the benchmark sets are, whether to run Readability.js too, and how many of the worst
/// pages to list with their extra and missing text (<c>--worst N</c>), and where to write our predictions in the
/// benchmark's own format (<c>--predictions FILE.json</c>), and how many timed rounds of both extractors to run in
/// turn (<c>--rounds N</c>; the fastest round of each is compared, the least disturbed by other work on the machine).
/// </summary>
public sealed record BenchOptions(string ArticleExtraction, string ReadabilityPages, bool RunReadabilityJs, string RepoRoot, int Worst = 0, string? Predictions = null, int Rounds = 1)
{
    public static BenchOptions Parse(string[] args)
    {
        var root = FindRoot();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "bench"));
        var aeb = Path.Combine(shared, "article-extraction");
        var pages = Path.Combine(shared, "readability-test-pages");
        var js = true;
        var worst = 0;
        string? predictions = null;
        var rounds = 1;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--article-extraction" when i + 1 < args.Length:
                    aeb = args[++i];
                    break;
                case "--readability-pages" when i + 1 < args.Length:
                    pages = args[++i];
                    break;
                case "--no-js":
                    js = false;
                    break;
                case "--predictions" when i + 1 < args.Length:
                    predictions = args[++i];
                    break;
                case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out var r) && r > 0:
                    rounds = r;
                    i++;
                    break;
                case "--worst" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0:
                    worst = n;
                    i++;
                    break;
                default:
                    throw new ArgumentException($"unknown option '{args[i]}' (use --article-extraction DIR, --readability-pages DIR, --no-js, --rounds N, --worst N, --predictions FILE.json)");
            }
        }

        return new BenchOptions(aeb, pages, js, root, worst, predictions, rounds);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ConflictAtlas.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
