namespace ConflictAtlas.Bench.Extraction;

/// <summary>Command-line options: where the benchmark sets are, and whether to run Readability.js too.</summary>
public sealed record BenchOptions(string ArticleExtraction, string ReadabilityPages, bool RunReadabilityJs, string RepoRoot)
{
    public static BenchOptions Parse(string[] args)
    {
        var root = FindRoot();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "bench"));
        var aeb = Path.Combine(shared, "article-extraction");
        var pages = Path.Combine(shared, "readability-test-pages");
        var js = true;
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
                default:
                    throw new ArgumentException($"unknown option '{args[i]}' (use --article-extraction DIR, --readability-pages DIR, --no-js)");
            }
        }

        return new BenchOptions(aeb, pages, js, root);
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
