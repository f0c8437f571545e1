using System.Diagnostics;
using System.Globalization;
using System.Text;
using ConflictAtlas.Cli;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Bench;

/// <summary>
/// Reading and coding cost against document size: plain texts of 1, 4 and 16 MB (the project's own corpus reports
/// joined until the size is reached) go through the standard pipeline one stage at a time; each stage's seconds, the
/// whole run's and the process's peak memory are printed per size, so a stage whose cost grows faster than the text
/// stands out (its seconds per MB rise with the size). A size whose run passes <c>--budget</c> seconds is stopped
/// there and reported as such; <c>--through STAGE</c> times the stages up to that one only.
/// </summary>
public static class DocumentSizeBenchmark
{
    public static int Run(string[] args)
    {
        var folder = Options.Get(args, "--corpus") ?? "corpus";
        var sizes = (Options.Get(args, "--sizes") ?? "1,4,16").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var budget = TimeSpan.FromSeconds(Options.Whole(args, "--budget", 600));
        // --through STAGE stops each run after that stage (e.g. "read" times reading alone).
        var through = Options.Get(args, "--through");
        var reports = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => FileArticleSource.Read(f).Content).ToList();
        if (reports.Count == 0)
        {
            Console.Error.WriteLine($"no .txt reports in {folder}");
            return 2;
        }

        var pipeline = PipelineDefaults.Create(GazetteerLocator.Open(Console.Error));
        Console.WriteLine($"{reports.Count} reports from {folder}; {Environment.ProcessorCount} cores; load average {Resident.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine($"| size | characters | {string.Join(" | ", pipeline.Stages.Select(s => s.Name + " s"))} | total s | s per MB | peak RSS MiB | events |");
        Console.WriteLine($"| --- | ---: | {string.Join(" | ", pipeline.Stages.Select(_ => "---:"))} | ---: | ---: | ---: | ---: |");
        foreach (var mb in sizes)
        {
            var text = Join(reports, mb * 1024 * 1024);
            var document = Document.Create(text, new ArticleMetadata { Source = "bench", Published = new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero) }, isHtml: false);
            var seconds = new List<string>();
            using var limit = new CancellationTokenSource(budget);
            using var sampler = Resident.Sample();
            var total = Stopwatch.StartNew();
            var stopped = false;
            foreach (var stage in pipeline.Stages)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    document = stage.Process(document, limit.Token);
                }
                catch (OperationCanceledException)
                {
                    stopped = true;
                }

                seconds.Add(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalSeconds:F1}{(stopped ? " (stopped)" : "")}"));
                if (stopped || limit.IsCancellationRequested)
                {
                    stopped = true;
                    break;
                }

                if (stage.Name == through)
                {
                    break;
                }
            }

            var peak = sampler.Stop();
            var events = stopped || seconds.Count < pipeline.Stages.Length ? "-" : document.Events.Length.ToString(CultureInfo.InvariantCulture);
            seconds.AddRange(Enumerable.Repeat("-", pipeline.Stages.Length - seconds.Count));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {mb} MB | {text.Length:N0} | {string.Join(" | ", seconds)} | {total.Elapsed.TotalSeconds:F1}{(stopped ? " (over budget)" : "")} | {total.Elapsed.TotalSeconds / mb:F1} | {peak.Rss:N0} | {events} |"));
        }

        return 0;
    }

    /// <summary>The reports one after another, separated by blank lines, until <paramref name="chars"/> characters.</summary>
    private static string Join(List<string> reports, int chars)
    {
        var text = new StringBuilder(chars + 10_000);
        for (var i = 0; text.Length < chars; i++)
        {
            text.Append(reports[i % reports.Count]).Append("\n\n");
        }

        return text.ToString(0, chars);
    }
}
