using System.Diagnostics;
using System.Globalization;
using ConflictAtlas.Cli;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Bench;

/// <summary>
/// Reports per second through reading, coding and geocoding (the whole per-document pipeline over the real
/// gazetteer), on one core and on every core, over the reports of a folder read into memory first.
/// </summary>
public static class PipelineBenchmark
{
    /// <summary>Each report is coded this many times per measurement, so a run lasts long enough to time.</summary>
    private const int Rounds = 5;

    public static int Run(string[] args)
    {
        var folder = args.FirstOrDefault() ?? "corpus";
        var reports = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => FileArticleSource.SupportedExtensions.Contains(FileArticleSource.Extension(f)))
            .Select(FileArticleSource.Read)
            .ToList();
        if (reports.Count == 0)
        {
            Console.Error.WriteLine($"no reports in {folder}");
            return 2;
        }

        var pipeline = PipelineDefaults.Create(GazetteerLocator.Open(Console.Error));
        var docs = reports.Select(r => Document.Create(r.Content, new ArticleMetadata { Source = r.Origin, Published = PublishedOf(r.Origin) }, r.IsHtml)).ToList();
        foreach (var doc in docs)
        {
            pipeline.Run(doc); // warm-up: JIT, caches
        }

        var events = docs.Sum(d => pipeline.Run(d).Events.Length);
        Console.WriteLine($"{docs.Count} reports ({docs.Sum(d => d.RawText.Length) / docs.Count} characters on average), {events} events");
        Measure("1 core", () =>
        {
            for (var r = 0; r < Rounds; r++)
            {
                foreach (var doc in docs)
                {
                    pipeline.Run(doc);
                }
            }
        }, docs.Count * Rounds);
        Measure($"{Environment.ProcessorCount} cores", () =>
            Parallel.For(0, docs.Count * Rounds, i => pipeline.Run(docs[i % docs.Count])), docs.Count * Rounds);
        StageShares(pipeline, docs);
        return 0;
    }

    /// <summary>The publication date from a corpus report's gold file (NAME.json), when there is one.</summary>
    private static DateTimeOffset? PublishedOf(string path)
    {
        var gold = Path.ChangeExtension(path, ".json");
        if (!File.Exists(gold))
        {
            return null;
        }

        var published = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(gold))?["document"]?["published"]?.GetValue<string?>();
        return published is null ? null : DateTimeOffset.Parse(published + "T00:00:00Z", CultureInfo.InvariantCulture);
    }

    /// <summary>Where the time goes: each stage's share of one core's time over the reports, run stage by stage.</summary>
    private static void StageShares(ConflictAtlas.Core.Pipeline.Pipeline pipeline, List<Document> docs)
    {
        var ticks = new long[pipeline.Stages.Length];
        for (var r = 0; r < Rounds; r++)
        {
            foreach (var doc in docs)
            {
                var document = doc;
                for (var s = 0; s < pipeline.Stages.Length; s++)
                {
                    var start = Stopwatch.GetTimestamp();
                    document = pipeline.Stages[s].Process(document, CancellationToken.None);
                    ticks[s] += Stopwatch.GetTimestamp() - start;
                }
            }
        }

        var total = ticks.Sum();
        Console.WriteLine("time by stage (1 core): " + string.Join(", ", pipeline.Stages.Select((stage, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{stage.Name} {100.0 * ticks[i] / total:0}% ({1000.0 * ticks[i] / Stopwatch.Frequency / (docs.Count * Rounds):0.00} ms)"))));
    }

    private static void Measure(string label, Action work, int count)
    {
        var watch = Stopwatch.StartNew();
        work();
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-8} {count / seconds,8:0} reports/s ({seconds * 1000 / count:0.00} ms/report)"));
    }
}
