using System.Diagnostics;
using System.Globalization;
using ConflictAtlas.Core.Deduplication;

namespace ConflictAtlas.Bench;

/// <summary>Times <see cref="EventDeduplicator.Cluster(IReadOnlyList{AtomKey})"/> on synthetic atoms at growing sizes,
/// side by side with the exact-match rule it replaced (<see cref="ExactRuleDeduplicator"/>) in the same run, and checks
/// each result against the known truth (pairwise precision and recall over same-event pairs).</summary>
public static class DedupBenchmark
{
    public static int Run(string[] args)
    {
        var max = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        Console.WriteLine("rule     atoms      events(true)  clusters   seconds  atoms/s     pair-precision  pair-recall");
        foreach (var n in new[] { max / 4, max / 2, max })
        {
            var (keys, truth) = SyntheticAtoms.Generate(n);
            foreach (var (rule, cluster) in new (string, Func<IReadOnlyList<AtomKey>, int[]>)[] { ("scored", EventDeduplicator.Cluster), ("exact", ExactRuleDeduplicator.Cluster) })
            {
                GC.Collect();
                var watch = Stopwatch.StartNew();
                var clusters = cluster(keys);
                watch.Stop();
                var (precision, recall) = PairScores(truth, clusters);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{rule,-8} {n,-10} {truth.Distinct().Count(),-13} {clusters.Distinct().Count(),-10} {watch.Elapsed.TotalSeconds,-8:F2} {n / watch.Elapsed.TotalSeconds,-11:F0} {precision,-15:F4} {recall:F4}"));
            }
        }

        return 0;
    }

    /// <summary>Over all pairs of atoms put together (predicted) or belonging together (truth), counted per group.</summary>
    private static (double Precision, double Recall) PairScores(int[] truth, int[] predicted)
    {
        static long Pairs(IEnumerable<int> sizes) => sizes.Sum(s => (long)s * (s - 1) / 2);
        var both = Pairs(Enumerable.Range(0, truth.Length).GroupBy(i => (truth[i], predicted[i])).Select(g => g.Count()));
        var truePairs = Pairs(truth.GroupBy(t => t).Select(g => g.Count()));
        var predictedPairs = Pairs(predicted.GroupBy(p => p).Select(g => g.Count()));
        return (predictedPairs == 0 ? 1 : (double)both / predictedPairs, truePairs == 0 ? 1 : (double)both / truePairs);
    }
}
