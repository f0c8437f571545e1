using ConflictAtlas.Core.Deduplication;
using ConflictAtlas.Core.Evaluation;

namespace ConflictAtlas.Core.Tests.Evaluation;

public sealed class DedupEvaluationTests
{
    private static readonly AtomKey AnyKey = new("Armed clash", "A", "B", 466, null, 16.27, -0.04, 1, new DateOnly(2025, 3, 3), 1);

    private static DedupAtom Atom(string report, int? gold, long cluster) => new(report, 0, gold, cluster, AnyKey);

    [Fact]
    public void Merges_are_scored_in_pairs_across_reports_end_to_end_and_among_detected_atoms()
    {
        // Event X is told by reports r1, r2 and r3 (r3's telling is optional), event Y by r1 and r2; r2's Y was not
        // detected. The store merged r1's X with r2's X, left r3's X apart, and merged r1's Y with a false detection.
        var gold = new List<DedupGold>
        {
            new("r1", "X", true), new("r1", "Y", true), new("r2", "X", true), new("r2", "Y", true), new("r3", "X", false),
        };
        var atoms = new List<DedupAtom>
        {
            Atom("r1", 0, 10), Atom("r1", 1, 11), Atom("r2", 2, 10), Atom("r3", 4, 12), Atom("r3", null, 11),
        };

        var report = DedupEvaluation.Score(atoms, gold);

        // Merged pairs: (r1 X, r2 X) right, (r1 Y, false detection) wrong.
        Assert.Equal(new PairwiseScore(1, 2, 1, 2), report.All.EndToEnd);
        // Detected pairs with one key: (r1 X, r2 X) merged, (r1 X, r3 X) and (r2 X, r3 X) missed.
        Assert.Equal(new PairwiseScore(1, 1, 1, 3), report.All.Detected);
        Assert.Equal(1, report.UndetectedPairs);
        Assert.Equal(("r1", "r3"), (report.WrongMerges.Single().A.Report, report.WrongMerges.Single().B.Report));
        Assert.Equal(2, report.MissedMerges.Count);
        Assert.Equal(0.5, report.All.EndToEnd.Precision);
        Assert.Equal(0.5, report.All.EndToEnd.Recall);
    }

    [Fact]
    public void Two_events_of_one_report_are_never_a_pair()
    {
        var gold = new List<DedupGold> { new("r1", "X", true), new("r1", "X", true) };

        var report = DedupEvaluation.Score([Atom("r1", 0, 1), Atom("r1", 1, 1)], gold);

        Assert.Equal(new PairwiseScore(0, 0, 0, 0), report.All.EndToEnd);
        Assert.Equal(1.0, report.All.Detected.Precision);
    }

    [Fact]
    public void Each_pair_counts_in_the_part_of_its_event_key_and_the_parts_add_up()
    {
        var keys = Enumerable.Range(0, 30).Select(i => $"EVENT-{i}").ToList();
        var gold = keys.SelectMany(k => new[] { new DedupGold("a", k, true), new DedupGold("b", k, true) }).ToList();
        var atoms = gold.Select((g, i) => Atom(g.Report, i, keys.IndexOf(g.EventKey))).ToList();

        var report = DedupEvaluation.Score(atoms, gold);

        var heldOut = keys.Count(DedupEvaluation.IsHeldOut);
        Assert.InRange(heldOut, 1, 29);
        Assert.Equal(heldOut, report.HeldOut.EndToEnd.Expected);
        Assert.Equal(30 - heldOut, report.Tuning.EndToEnd.Expected);
        Assert.Equal(30, report.All.EndToEnd.Found);
    }

    [Fact]
    public void Gold_codings_of_one_event_from_two_outlets_merge_and_a_near_miss_the_next_day_stays_apart()
    {
        static GoldEvent Event(string date, string location, double lat, string key, int tp = 1) =>
            new(date, tp, "Battles", "Armed clash", "Military Forces of Mali", "JNIM: Group for Support of Islam and Muslims", "Mali", location, lat, -0.04,
                5, 5, 5, key, "Gao", 1);
        var coded = new List<(DedupGold, GoldEvent)>
        {
            (new DedupGold("r1", "GAO-3", true), Event("2025-03-03", "Gao", 16.27, "GAO-3")),
            (new DedupGold("r2", "GAO-3", true), Event("2025-03-03", "Gao", 16.28, "GAO-3", tp: 2)),
            (new DedupGold("r3", "GAO-4", true), Event("2025-03-04", "Gao", 16.27, "GAO-4")),
        };

        var report = DedupEvaluation.ScoreGoldCoded(coded, DedupRules.Threshold);

        Assert.Equal(466, DedupEvaluation.KeyOf(coded[0].Item2).Iso);
        Assert.Equal(new PairwiseScore(1, 1, 1, 1), report.All.Detected);
    }
}
