using System.Globalization;
using ConflictAtlas.Cli;
using ConflictAtlas.Core.Deduplication;
using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Stages.Clean;

namespace ConflictAtlas.Bench.Embeddings;

/// <summary>
/// <c>ConflictAtlas.Bench.Embeddings dedup CORPUS [CORRECTIONS]</c>: does the similarity of two reports' event sentences
/// tell one real event from a look-alike? Codes every report as <c>atlas eval --dedup</c> does, keeps each predicted
/// event with the key of the gold event it pairs with (the key names the real event) with the sentences holding its trigger, and scores
/// the pairs of events of different reports in one country that are the same event or a near miss: the same place on
/// another day, the same day at another place, or a look-alike that passes every hard limit of the matcher (an event
/// paired with no gold event is the same event as none). Two
/// measures: a cheap one (Jaccard over folded content words, and cosine over character trigrams) and MiniLM cosine.
/// Prints ROC AUC and the best threshold's precision and recall, for pairs of one language and across languages.
/// </summary>
public static class DedupSimilarity
{
    private sealed record Atom(string Report, string Language, string? Key, AtomKey Match, string Text);

    private sealed record Pair(Atom A, Atom B, bool Same, string Kind);

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (EmbeddingsExperiment.CorpusOf(args, errors) is not { } corpus)
        {
            return 2;
        }

        var corrections = args.Length > 1 ? GoldCorrections.Read(args[1]) : GoldCorrections.None;
        var pipeline = PipelineDefaults.Create(GazetteerLocator.Open(errors));
        var atoms = Atoms(corpus, corrections, pipeline);
        var pairs = Pairs(atoms);
        output.WriteLine($"{atoms.Count} predicted events ({atoms.Count(a => a.Key is not null)} paired with a gold event); {pairs.Count} pairs across reports " +
                         $"({pairs.Count(p => p.Same)} same event; near misses: " +
                         string.Join(", ", pairs.Where(p => !p.Same).GroupBy(p => p.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")) + ")");

        var texts = atoms.Select(a => a.Text).ToList();
        using var encoder = new MiniLmEncoder();
        var vectors = encoder.Encode(texts);
        var index = atoms.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var words = atoms.Select(a => ContentWords(a.Text, a.Language)).ToList();
        var trigrams = atoms.Select(a => Trigrams(words[index[a]])).ToList();
        var measures = new (string Name, Func<Pair, double> Of)[]
        {
            ("content-word Jaccard", p => Jaccard(words[index[p.A]], words[index[p.B]])),
            ("character-trigram cosine", p => Cosine(trigrams[index[p.A]], trigrams[index[p.B]])),
            ("MiniLM cosine", p => Dot(vectors[index[p.A]], vectors[index[p.B]])),
        };

        var subsets = new (string Name, Func<Pair, bool> Holds)[]
        {
            ("all pairs", _ => true),
            ("both English", p => p.A.Language == "en" && p.B.Language == "en"),
            ("one language, not English", p => p.A.Language == p.B.Language && p.A.Language != "en"),
            ("across languages", p => p.A.Language != p.B.Language),
            ("look-alikes only (pass the hard limits)", p => p.Same ? DedupRules.Explain(p.A.Match, p.B.Match) is null : p.Kind == "look-alike"),
        };

        output.WriteLine($"{"measure",-26} {"pairs",-40} {"same",5} {"other",5} {"AUC",6}  best threshold: P / R / F1");
        foreach (var (subset, holds) in subsets)
        {
            var chosen = pairs.Where(holds).ToList();
            foreach (var (name, of) in measures)
            {
                var scored = chosen.Select(p => (Score: of(p), p.Same)).ToList();
                var (threshold, precision, recall, f1) = BestThreshold(scored);
                output.WriteLine($"{name,-26} {subset,-40} {scored.Count(s => s.Same),5} {scored.Count(s => !s.Same),5} {Auc(scored),6:0.000}  " +
                                 $"{threshold:0.000}: {precision:0.000} / {recall:0.000} / {f1:0.000}");
            }
        }

        // A threshold chosen on the tuning part, applied to the held-out part (one event key in three, as atlas eval --dedup).
        foreach (var (name, of) in measures)
        {
            var tuning = pairs.Where(p => !HeldOut(p)).Select(p => (Score: of(p), p.Same)).ToList();
            var heldOut = pairs.Where(HeldOut).Select(p => (Score: of(p), p.Same)).ToList();
            var chosen = BestThreshold(tuning);
            var (precision, recall, f1) = At(heldOut, chosen.Threshold);
            output.WriteLine($"{name,-26} threshold {chosen.Threshold:0.000} from the tuning part (F1 {chosen.F1:0.000}, AUC {Auc(tuning):0.000}); " +
                             $"held-out ({heldOut.Count(s => s.Same)} same, {heldOut.Count(s => !s.Same)} other): AUC {Auc(heldOut):0.000}, P / R / F1 {precision:0.000} / {recall:0.000} / {f1:0.000}");
        }

        if (args.Contains("--pairs"))
        {
            foreach (var p in pairs.Where(p => p.Same || p.Kind == "look-alike"))
            {
                output.WriteLine($"  {(p.Same ? "same" : p.Kind)} {p.A.Report} ~ {p.B.Report} ({p.A.Language}/{p.B.Language}): " +
                                 string.Join(", ", measures.Select(m => m.Of(p).ToString("0.00", CultureInfo.InvariantCulture))));
            }
        }

        return 0;
    }

    private static List<Atom> Atoms(string corpus, GoldCorrections corrections, Pipeline pipeline)
    {
        var atoms = new List<Atom>();
        foreach (var labelled in LabelledReport.ReadAll(corpus, corrections))
        {
            var document = pipeline.Run(labelled.Input);
            var match = EventMatcher.Match(document.Events, labelled.Gold, labelled.Optional);
            var keys = new string?[document.Events.Length];
            foreach (var (p, g) in match.Pairs)
            {
                keys[p] = labelled.Gold[g].EventKey;
            }

            foreach (var (p, g) in match.OptionalPairs)
            {
                keys[p] = labelled.Optional[g].EventKey;
            }

            // An event paired with no gold event keeps a null key: it is the same event as none.
            atoms.AddRange(document.Events.Select((e, p) =>
                new Atom(labelled.Id, labelled.Language, keys[p], AtomKey.From(e), string.Join(' ', CorpusSentences.TriggerText(document.Text, e)))));
        }

        return atoms;
    }

    /// <summary>Pairs of events of different reports in one country: the same event, or a near miss.</summary>
    private static List<Pair> Pairs(List<Atom> atoms)
    {
        var pairs = new List<Pair>();
        for (var i = 0; i < atoms.Count; i++)
        {
            for (var j = i + 1; j < atoms.Count; j++)
            {
                var (a, b) = (atoms[i], atoms[j]);
                if (a.Report == b.Report || a.Match.Iso is null || a.Match.Iso != b.Match.Iso)
                {
                    continue;
                }

                if (a.Key is not null && a.Key == b.Key)
                {
                    pairs.Add(new Pair(a, b, true, "same"));
                }
                else if (Kind(a.Match, b.Match) is { } kind)
                {
                    pairs.Add(new Pair(a, b, false, kind));
                }
            }
        }

        return pairs;
    }

    private static string? Kind(AtomKey a, AtomKey b)
    {
        if (!a.IsMergeable || !b.IsMergeable)
        {
            return null;
        }

        if (DedupRules.Explain(a, b) is null)
        {
            return "look-alike";
        }

        var samePlace = DedupRules.SamePlace(a, b);
        var sameDay = a.Date == b.Date;
        return samePlace && !sameDay ? "same place, other day" : sameDay && !samePlace ? "same day, other place" : null;
    }

    /// <summary>The folded words of the text, without the frequent function words of its language and one-letter words.</summary>
    private static HashSet<string> ContentWords(string text, string language) =>
        [.. Tokenizer.Tokenize(text).Select(t => t.Folded).Where(w => w.Length > 1 && !LanguageDetector.Default.IsFunctionWord(language, w))];

    private static Dictionary<string, int> Trigrams(HashSet<string> words)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var padded = $" {word} ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                var gram = padded.Substring(i, 3);
                grams[gram] = grams.GetValueOrDefault(gram) + 1;
            }
        }

        return grams;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 0 : (double)a.Intersect(b).Count() / union;
    }

    private static double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        double dot = a.Sum(kv => (double)kv.Value * b.GetValueOrDefault(kv.Key));
        double norm = Math.Sqrt(a.Values.Sum(v => (double)v * v) * b.Values.Sum(v => (double)v * v));
        return norm == 0 ? 0 : dot / norm;
    }

    private static double Dot(float[] a, float[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>The probability that a same-event pair scores above a near miss (ties count half).</summary>
    private static double Auc(List<(double Score, bool Same)> scored)
    {
        var same = scored.Where(s => s.Same).Select(s => s.Score).ToList();
        var other = scored.Where(s => !s.Same).Select(s => s.Score).ToList();
        if (same.Count == 0 || other.Count == 0)
        {
            return double.NaN;
        }

        double wins = same.Sum(s => other.Sum(o => s > o ? 1.0 : s == o ? 0.5 : 0.0));
        return wins / (same.Count * (double)other.Count);
    }

    /// <summary>The threshold (a pair is called the same event at or above it) with the best F1 on these pairs.</summary>
    private static (double Threshold, double Precision, double Recall, double F1) BestThreshold(List<(double Score, bool Same)> scored)
    {
        var best = (Threshold: double.NaN, Precision: 0.0, Recall: 0.0, F1: 0.0);
        foreach (var t in scored.Select(s => s.Score).Distinct())
        {
            var (precision, recall, f1) = At(scored, t);
            if (f1 > best.F1)
            {
                best = (t, precision, recall, f1);
            }
        }

        return best;
    }

    /// <summary>Precision, recall and F1 of calling every pair at or above <paramref name="threshold"/> the same event.</summary>
    private static (double Precision, double Recall, double F1) At(List<(double Score, bool Same)> scored, double threshold)
    {
        var called = scored.Where(s => s.Score >= threshold).ToList();
        var right = called.Count(s => s.Same);
        var total = scored.Count(s => s.Same);
        var precision = called.Count == 0 ? 1 : (double)right / called.Count;
        var recall = total == 0 ? 0 : (double)right / total;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /// <summary>A pair is held out when the smaller of its gold keys is (a pair of events without one: by report names).</summary>
    private static bool HeldOut(Pair p)
    {
        string[] keys = [.. new[] { p.A.Key, p.B.Key }.OfType<string>().Order(StringComparer.Ordinal)];
        return DedupEvaluation.IsHeldOut(keys.Length > 0 ? keys[0] : string.Join('|', new[] { p.A.Report, p.B.Report }.Order(StringComparer.Ordinal)));
    }
}
