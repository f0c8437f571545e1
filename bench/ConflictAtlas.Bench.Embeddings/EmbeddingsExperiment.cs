using System.Diagnostics;
using System.Globalization;
using ConflictAtlas.Cli;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Bench.Embeddings;

/// <summary>
/// <c>ConflictAtlas.Bench.Embeddings [CORPUS]</c>: does a MiniLM sentence encoder code event types better than the
/// rules? Leave-one-report-out over the labelled corpus: the rules' type, a kNN vote over the other reports' trigger
/// sentences, and two combinations; then the embedding throughput and what it would cost the pipeline.
/// </summary>
public static class EmbeddingsExperiment
{
    /// <summary>The neighbour count the combinations trust when every neighbour agrees.</summary>
    private const int CombinationK = 5;

    /// <summary>Timed passes over the corpus, so each measurement lasts a few seconds.</summary>
    private const int Rounds = 3;

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (CorpusOf(args, errors) is not { } corpus)
        {
            return 2;
        }

        output.WriteLine($"load average at start: {LoadAverage()}; {Environment.ProcessorCount} cores");
        var pipeline = PipelineDefaults.Create(GazetteerLocator.Open(errors));
        var data = CorpusSentences.Read(corpus, pipeline);
        var items = data.Labelled;
        if (items.Count == 0)
        {
            errors.WriteLine($"{corpus}: no predicted event matched a gold event");
            return 1;
        }

        output.WriteLine($"{data.Documents.Count} reports, {items.Count} matched events with trigger sentences " +
                         $"({items.Count(i => i.GenericTrigger)} with only a generic trigger)");

        // The pipeline is timed before ONNX Runtime starts its thread pool, so the two do not compete.
        var reportsPerSecond = PipelineThroughput(data.Documents, pipeline);
        var clock = Stopwatch.StartNew();
        using var encoder = new MiniLmEncoder();
        output.WriteLine($"MiniLM loaded in {clock.ElapsedMilliseconds} ms");
        var texts = items.Select(i => i.Text).ToList();
        var vectors = encoder.Encode(texts);

        var predictions = Classify(items, vectors);
        PrintAccuracy(output, items, predictions);
        PrintChanges(output, items, predictions);
        PrintThroughput(output, data, reportsPerSecond, encoder);
        output.WriteLine($"load average at end: {LoadAverage()}");
        return 0;
    }

    /// <summary>The corpus folder the first argument names ("corpus" without one), or null, said on
    /// <paramref name="errors"/>, when there is no such folder.</summary>
    internal static string? CorpusOf(string[] args, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(errors);
        var corpus = args.FirstOrDefault() ?? "corpus";
        if (Directory.Exists(corpus))
        {
            return corpus;
        }

        errors.WriteLine($"{corpus}: no such corpus folder");
        return null;
    }

    private static Dictionary<string, (string EventType, string SubType)[]> Classify(IReadOnlyList<LabelledSentence> items, float[][] vectors)
    {
        var knn = new NearestNeighbours(items, vectors);
        var methods = new Dictionary<string, (string EventType, string SubType)[]>(StringComparer.Ordinal)
        {
            ["rules"] = [.. items.Select(i => (i.RuleEventType, i.RuleSubType))],
        };
        methods["most frequent label of the other reports"] = [.. items.Select(item => Majority(items.Where(o => o.Report != item.Report)))];
        foreach (var k in new[] { 1, 3, 5 })
        {
            methods[$"kNN k={k}"] = [.. items.Select((_, i) => Labels(knn.Classify(i, k)))];
        }

        methods["nearest sub-event type centroid"] = [.. items.Select((_, i) => knn.NearestCentroid(i))];
        methods["kNN k=3 same language"] = [.. items.Select((_, i) => Labels(knn.Classify(i, 3, sameLanguageOnly: true)))];
        var votes = items.Select((_, i) => knn.Classify(i, CombinationK)).ToList();
        methods[$"rules, kNN k={CombinationK} if unanimous and trigger generic"] =
            [.. items.Select((item, i) => votes[i].Unanimous && item.GenericTrigger ? Labels(votes[i]) : (item.RuleEventType, item.RuleSubType))];
        methods[$"rules, kNN k={CombinationK} if unanimous"] =
            [.. items.Select((item, i) => votes[i].Unanimous ? Labels(votes[i]) : (item.RuleEventType, item.RuleSubType))];
        return methods;
    }

    private static (string EventType, string SubType) Majority(IEnumerable<LabelledSentence> others)
    {
        var list = others.ToList();
        return (list.GroupBy(o => o.GoldEventType, StringComparer.Ordinal).MaxBy(g => g.Count())!.Key,
            list.GroupBy(o => o.GoldSubType, StringComparer.Ordinal).MaxBy(g => g.Count())!.Key);
    }

    private static (string EventType, string SubType) Labels((string EventType, string SubType, bool Unanimous) vote) =>
        (vote.EventType, vote.SubType);

    private static void PrintAccuracy(TextWriter output, IReadOnlyList<LabelledSentence> items, Dictionary<string, (string EventType, string SubType)[]> predictions)
    {
        var languages = items.Select(i => i.Language).Distinct().Order(StringComparer.Ordinal).ToList();
        output.WriteLine();
        output.WriteLine("accuracy over matched events, leave-one-report-out (event_type / sub_event_type)");
        output.WriteLine($"{"method",-52} {"all",13} {string.Join(' ', languages.Select(l => $"{l} (n={items.Count(i => i.Language == l)})".PadLeft(13)))}");
        foreach (var (method, labels) in predictions)
        {
            var cells = new List<string> { Cell(items, labels, _ => true) };
            cells.AddRange(languages.Select(l => Cell(items, labels, i => i.Language == l)));
            output.WriteLine($"{method,-52} {string.Join(' ', cells.Select(c => c.PadLeft(13)))}");
        }
    }

    private static string Cell(IReadOnlyList<LabelledSentence> items, (string EventType, string SubType)[] labels, Func<LabelledSentence, bool> within)
    {
        var chosen = Enumerable.Range(0, items.Count).Where(i => within(items[i])).ToList();
        var type = chosen.Count(i => labels[i].EventType == items[i].GoldEventType) / (double)Math.Max(1, chosen.Count);
        var sub = chosen.Count(i => labels[i].SubType == items[i].GoldSubType) / (double)Math.Max(1, chosen.Count);
        return $"{Format(type)} / {Format(sub)}";
    }

    /// <summary>Where a method differs from the rules on the sub-event type: how many it fixes and how many it breaks.</summary>
    private static void PrintChanges(TextWriter output, IReadOnlyList<LabelledSentence> items, Dictionary<string, (string EventType, string SubType)[]> predictions)
    {
        var rules = predictions["rules"];
        output.WriteLine();
        output.WriteLine("sub_event_type changes against the rules: fixed (rule wrong, method right) / broken (rule right, method wrong) / changed");
        foreach (var (method, labels) in predictions.Where(p => p.Key != "rules"))
        {
            var changed = Enumerable.Range(0, items.Count).Where(i => labels[i].SubType != rules[i].SubType).ToList();
            var fixedCount = changed.Count(i => labels[i].SubType == items[i].GoldSubType);
            var broken = changed.Count(i => rules[i].SubType == items[i].GoldSubType);
            output.WriteLine($"{method,-52} {fixedCount,4} / {broken,4} / {changed.Count,4}");
        }

        output.WriteLine();
        output.WriteLine("rule errors on sub_event_type (gold <- rule):");
        foreach (var group in Enumerable.Range(0, items.Count).Where(i => rules[i].SubType != items[i].GoldSubType)
                     .GroupBy(i => $"{items[i].GoldSubType} <- {rules[i].SubType}", StringComparer.Ordinal).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Count(),3}  {group.Key}");
        }
    }

    private static double PipelineThroughput(IReadOnlyList<Document> documents, Pipeline pipeline)
    {
        // Warm-up as long as the measurement, so the timed pass runs fully optimised code.
        Parallel.For(0, documents.Count * Rounds, i => pipeline.Run(documents[i % documents.Count]));
        var clock = Stopwatch.StartNew();
        Parallel.For(0, documents.Count * Rounds, i => pipeline.Run(documents[i % documents.Count]));
        return documents.Count * Rounds / clock.Elapsed.TotalSeconds;
    }

    private static void PrintThroughput(TextWriter output, CorpusSentences data, double reportsPerSecond, MiniLmEncoder encoder)
    {
        output.WriteLine();
        var sentences = data.TriggerSentences;
        encoder.Encode(sentences); // warm-up: one full pass
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < Rounds; r++)
        {
            encoder.Encode(sentences);
        }

        var sentencesPerSecond = sentences.Count * Rounds / clock.Elapsed.TotalSeconds;
        output.WriteLine($"MiniLM: {Format(sentencesPerSecond, "0")} trigger sentences/s (batches of {MiniLmEncoder.BatchSize}, " +
                         $"ONNX Runtime default threads, {sentences.Average(t => t.Length):0} characters on average)");

        var documents = data.Documents;
        var perReport = sentences.Count / (double)documents.Count;
        var combined = 1 / ((1 / reportsPerSecond) + (perReport / sentencesPerSecond));
        output.WriteLine($"pipeline alone: {Format(reportsPerSecond, "0")} reports/s on {Environment.ProcessorCount} cores");
        output.WriteLine($"trigger sentences per report: {Format(perReport, "0.00")} ({sentences.Count} over {documents.Count} reports)");
        output.WriteLine($"pipeline + MiniLM on trigger sentences (implied): {Format(combined, "0")} reports/s");
    }

    private static string Format(double value, string format = "0.000") => value.ToString(format, CultureInfo.InvariantCulture);

    private static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(3)) : "unknown";
    }
}
