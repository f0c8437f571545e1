using System.Globalization;
using System.Text;

namespace ConflictAtlas.Core.Evaluation;

/// <summary>
/// The scoring of the Scrapinghub article-extraction benchmark: tokens are maximal runs of Unicode letters
/// (Lu, Ll, Lt, Lm, Lo), numbers (Nd, Nl, No) and the underscore, as Python's <c>\w</c> (not .NET's <c>\w</c>,
/// which differs on marks, connector punctuation and <c>½</c>); shingles are overlapping 4-token windows; per page
/// TP, FP and FN are normalised to sum to one; precision and recall are page means; F1 is their harmonic mean.
/// </summary>
public static class ShingleScorer
{
    /// <summary>Window length of a shingle.</summary>
    public const int ShingleSize = 4;

    /// <summary>One page's normalised counts, or null precision/recall where the benchmark leaves the page out of that mean.</summary>
    public sealed record PageResult(double? Precision, double? Recall, bool Exact, bool Empty);

    public static List<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    public static PageResult ScorePage(string gold, string predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldTokens = Tokenize(gold);
        var predictedTokens = Tokenize(predicted);
        var g = Shingles(goldTokens);
        var p = Shingles(predictedTokens);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in p)
        {
            var gc = g.GetValueOrDefault(shingle);
            tp += Math.Min(gc, count);
            fp += Math.Max(0, count - gc);
        }

        foreach (var (shingle, count) in g)
        {
            fn += Math.Max(0, count - p.GetValueOrDefault(shingle));
        }

        var total = tp + fp + fn;
        if (total > 0)
        {
            tp /= total;
            fp /= total;
            fn /= total;
        }

        double precision, recall;
        if (fp == 0 && fn == 0)
        {
            precision = recall = 1;
        }
        else
        {
            precision = tp + fp == 0 ? 0 : tp / (tp + fp);
            recall = tp + fn == 0 ? 0 : tp / (tp + fn);
        }

        // The benchmark averages precision only over pages with predicted or matched shingles, recall over pages with gold ones.
        return new PageResult(tp + fp > 0 ? precision : null, tp + fn > 0 ? recall : null, goldTokens.SequenceEqual(predictedTokens, StringComparer.Ordinal), predictedTokens.Count == 0);
    }

    public static ShingleScore Aggregate(IReadOnlyCollection<PageResult> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var precisions = pages.Where(p => p.Precision is not null).Select(p => p.Precision!.Value).ToList();
        var recalls = pages.Where(p => p.Recall is not null).Select(p => p.Recall!.Value).ToList();
        var precision = precisions.Count > 0 ? precisions.Average() : 0;
        var recall = recalls.Count > 0 ? recalls.Average() : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        var accuracy = pages.Count > 0 ? pages.Count(p => p.Exact) / (double)pages.Count : 0;
        return new ShingleScore(precision, recall, f1, accuracy, pages.Count, pages.Count(p => p.Empty));
    }

    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return shingles;
        }

        if (tokens.Count < ShingleSize)
        {
            shingles[string.Join('\u0001', tokens)] = 1;
            return shingles;
        }

        for (var i = 0; i + ShingleSize <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(ShingleSize));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
