using System.Text;
using ConflictAtlas.Core.Deduplication;

namespace ConflictAtlas.Core.Evaluation;

/// <summary>One gold event of a report in the deduplication score: its report, its real-world event key and whether
/// it is required (an optional event may be left out by the coder without penalty).</summary>
public sealed record DedupGold(string Report, string EventKey, bool Required);

/// <summary>One event atom as stored: its report and position, the gold event it was paired with (index into the gold
/// list; null when it matches none), the canonical event the store put it in, and its matching key.</summary>
public sealed record DedupAtom(string Report, int Ordinal, int? Gold, long Cluster, AtomKey Key);

/// <summary>Two atoms of different reports.</summary>
public sealed record DedupPair(DedupAtom A, DedupAtom B);

/// <summary>Pairwise precision and recall. <see cref="Correct"/> of <see cref="Predicted"/> merged pairs are right;
/// <see cref="Found"/> of <see cref="Expected"/> same-event pairs were merged.</summary>
public sealed record PairwiseScore(int Correct, int Predicted, int Found, int Expected)
{
    public double Precision => Predicted == 0 ? 1.0 : (double)Correct / Predicted;

    public double Recall => Expected == 0 ? 1.0 : (double)Found / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The scores of one part of the corpus (all, tuning, held-out): end to end and among detected atoms.</summary>
public sealed record DedupScores(PairwiseScore EndToEnd, PairwiseScore Detected);

/// <summary>Everything <see cref="DedupEvaluation.Score"/> measures.</summary>
public sealed record DedupReport(
    DedupScores All,
    DedupScores Tuning,
    DedupScores HeldOut,
    IReadOnlyList<DedupPair> WrongMerges,
    IReadOnlyList<DedupPair> MissedMerges,
    int UndetectedPairs)
{
    /// <summary>Every score by name, for floors: dedup_{e2e,detected}_{precision,recall,f1}.</summary>
    public IReadOnlyDictionary<string, double> Scores() => Named(All);

    public static IReadOnlyDictionary<string, double> Named(DedupScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["dedup_e2e_precision"] = scores.EndToEnd.Precision,
            ["dedup_e2e_recall"] = scores.EndToEnd.Recall,
            ["dedup_e2e_f1"] = scores.EndToEnd.F1,
            ["dedup_detected_precision"] = scores.Detected.Precision,
            ["dedup_detected_recall"] = scores.Detected.Recall,
            ["dedup_detected_f1"] = scores.Detected.F1,
        };
    }
}

/// <summary>
/// Pairwise deduplication scores over gold event keys, counting only pairs of atoms from different reports (two
/// events of one report are never merged). Each atom carries the gold event it was paired with inside its own report
/// (by <see cref="EventMatcher.Pair"/>, required events first, then optional ones); the score compares the store's
/// merges with the gold keys of those pairings.
/// <list type="bullet">
/// <item><b>End to end</b>: precision over every merged pair (a pair is right when both atoms were paired with gold
/// events of the same key: a merge that involves an atom matching no gold event is wrong); recall over the pairs of
/// required gold events of different reports with the same key: found when both were detected and merged. Coder misses
/// count against recall here.</item>
/// <item><b>Detected</b>: only atoms paired with a gold event; precision and recall of merging over their pairs, so
/// detection errors drop out and the matcher alone is measured.</item>
/// </list>
/// Pairs are split into a tuning and a held-out part by a hash of the event key (<see cref="IsHeldOut"/>), so that a
/// threshold chosen on one part can be checked on the other.
/// </summary>
public static class DedupEvaluation
{
    /// <summary>One event key in three is held out (FNV-1a of its UTF-8 bytes, modulo 3, is 0).</summary>
    public static bool IsHeldOut(string eventKey)
    {
        ArgumentNullException.ThrowIfNull(eventKey);
        return Fnv(eventKey) % 3 == 0;
    }

    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    public static DedupReport Score(IReadOnlyList<DedupAtom> atoms, IReadOnlyList<DedupGold> gold)
    {
        ArgumentNullException.ThrowIfNull(atoms);
        ArgumentNullException.ThrowIfNull(gold);
        var counts = new Counts[3];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = new Counts();
        }

        var wrong = new List<DedupPair>();
        var missed = new List<DedupPair>();
        for (var i = 0; i < atoms.Count; i++)
        {
            for (var j = i + 1; j < atoms.Count; j++)
            {
                var (a, b) = (atoms[i], atoms[j]);
                if (a.Report == b.Report)
                {
                    continue;
                }

                var keyA = a.Gold is { } ga ? gold[ga].EventKey : null;
                var keyB = b.Gold is { } gb ? gold[gb].EventKey : null;
                var merged = a.Cluster == b.Cluster;
                var same = keyA is not null && keyA == keyB;
                var detected = keyA is not null && keyB is not null;
                var part = PartKey(keyA, keyB, a.Report, b.Report);
                foreach (var c in Parts(counts, part))
                {
                    c.E2ePredicted += merged ? 1 : 0;
                    c.E2eCorrect += merged && same ? 1 : 0;
                    if (detected)
                    {
                        c.DetPredicted += merged ? 1 : 0;
                        c.DetCorrect += merged && same ? 1 : 0;
                        c.DetExpected += same ? 1 : 0;
                    }
                }

                if (merged && !same)
                {
                    wrong.Add(new DedupPair(a, b));
                }
                else if (same && !merged)
                {
                    missed.Add(new DedupPair(a, b));
                }
            }
        }

        var atomsOf = atoms.Where(a => a.Gold is not null).ToLookup(a => a.Gold!.Value);
        var undetected = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            for (var j = i + 1; j < gold.Count; j++)
            {
                if (!gold[i].Required || !gold[j].Required || gold[i].Report == gold[j].Report || gold[i].EventKey != gold[j].EventKey)
                {
                    continue;
                }

                var clustersI = atomsOf[i].Select(a => a.Cluster).ToList();
                var clustersJ = atomsOf[j].Select(a => a.Cluster).ToList();
                var found = clustersI.Intersect(clustersJ).Any();
                undetected += clustersI.Count == 0 || clustersJ.Count == 0 ? 1 : 0;
                foreach (var c in Parts(counts, gold[i].EventKey))
                {
                    c.E2eExpected++;
                    c.E2eFound += found ? 1 : 0;
                }
            }
        }

        return new DedupReport(counts[0].ToScores(), counts[1].ToScores(), counts[2].ToScores(), wrong, missed, undetected);
    }

    /// <summary>
    /// The matcher alone, on the gold codings: every gold event (required and optional) becomes a key as a coder
    /// without errors would have written it, and <see cref="EventDeduplicator"/> groups them in report order at
    /// <paramref name="threshold"/> (events of one report never merge). The <see cref="DedupScores.Detected"/> scores
    /// of the result are the gold-coded scores.
    /// </summary>
    public static DedupReport ScoreGoldCoded(IReadOnlyList<(DedupGold Gold, GoldEvent Event)> gold, double threshold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var keys = gold.Select(g => KeyOf(g.Event)).ToList();
        var reports = gold.Select(g => g.Gold.Report).Distinct().Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);
        var clusters = EventDeduplicator.Cluster(keys, [.. gold.Select(g => reports[g.Gold.Report])], threshold);
        var atoms = gold.Select((g, i) => new DedupAtom(g.Gold.Report, i, i, clusters[i], keys[i])).ToList();
        return Score(atoms, [.. gold.Select(g => g.Gold)]);
    }

    /// <summary>The matching key of a gold event: the country's ISO number from the catalogue (or a number of its own
    /// when the catalogue lacks the country), the place with the gold
    /// coordinates (none when the gold leaves them null), the date and precisions as coded.</summary>
    public static AtomKey KeyOf(GoldEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        // A country the catalogue lacks still needs one number per name: a stable one above the ISO range.
        int? iso = e.Country is null ? null : Catalogs.CountryCatalog.Default.ByName(e.Country)?.IsoNumeric ?? 1000 + (int)(Fnv(e.Country) % 100_000);
        DateOnly? date = DateOnly.TryParseExact(e.EventDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
        return new AtomKey(
            e.SubEventType ?? string.Empty, e.Actor1 ?? string.Empty, e.Actor2 ?? string.Empty, iso, null, e.Latitude, e.Longitude,
            e.GeoPrecision ?? 1, date, e.TimePrecision ?? 1, e.Admin1, e.Location, e.Fatalities);
    }

    /// <summary>The key that decides a pair's part: the smaller of its gold keys, or its report names when neither atom
    /// matched a gold event.</summary>
    private static string PartKey(string? keyA, string? keyB, string reportA, string reportB) => (keyA, keyB) switch
    {
        (null, null) => string.CompareOrdinal(reportA, reportB) < 0 ? reportA + "|" + reportB : reportB + "|" + reportA,
        (null, _) => keyB!,
        (_, null) => keyA,
        _ => string.CompareOrdinal(keyA, keyB) < 0 ? keyA : keyB!,
    };

    /// <summary>The counts a pair adds to: all, and tuning or held-out.</summary>
    private static Counts[] Parts(Counts[] counts, string partKey) => [counts[0], counts[IsHeldOut(partKey) ? 2 : 1]];

    private sealed class Counts
    {
        public int E2eCorrect { get; set; }

        public int E2ePredicted { get; set; }

        public int E2eFound { get; set; }

        public int E2eExpected { get; set; }

        public int DetCorrect { get; set; }

        public int DetPredicted { get; set; }

        public int DetExpected { get; set; }

        public DedupScores ToScores() => new(
            new PairwiseScore(E2eCorrect, E2ePredicted, E2eFound, E2eExpected),
            new PairwiseScore(DetCorrect, DetPredicted, DetCorrect, DetExpected));
    }
}
