using System.Globalization;
using System.Text;
using ConflictAtlas.Core.Evaluation;

namespace ConflictAtlas.Bench.Extraction;

/// <summary>
/// The pages that lose the most precision or recall, each with the runs of text behind the loss: extra text (in
/// the prediction, not in the gold body) and missing text (in the gold body, not in the prediction), found shingle
/// by shingle as the scorer counts them.
/// </summary>
public static class ErrorListing
{
    /// <summary>A run of extra or missing text longer than this many characters is shortened in the listing.</summary>
    private const int MaxRunChars = 400;

    public static void Write(IReadOnlyList<ExtractionPage> pages, IReadOnlyDictionary<string, string> bodies, int count, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(bodies);
        ArgumentNullException.ThrowIfNull(output);
        var scored = pages
            .Select(p => (Page: p, Result: ShingleScorer.ScorePage(p.GoldText, bodies.GetValueOrDefault(p.Id) ?? string.Empty)))
            .Select(x => (x.Page, Loss: (1 - (x.Result.Precision ?? 1)) + (1 - (x.Result.Recall ?? 1)), x.Result))
            .OrderByDescending(x => x.Loss)
            .Take(count)
            .ToList();
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the {scored.Count} pages with the largest precision + recall loss:"));
        foreach (var (page, loss, result) in scored)
        {
            output.WriteLine();
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"## {page.Id[..12]} {page.Url}  P {result.Precision ?? double.NaN:0.000}  R {result.Recall ?? double.NaN:0.000}  loss {loss:0.000}"));
            var predicted = ShingleScorer.Tokenize(bodies.GetValueOrDefault(page.Id) ?? string.Empty);
            var gold = ShingleScorer.Tokenize(page.GoldText);
            foreach (var run in Unmatched(predicted, gold))
            {
                output.WriteLine("  + " + Shorten(run));
            }

            foreach (var run in Unmatched(gold, predicted))
            {
                output.WriteLine("  - " + Shorten(run));
            }
        }
    }

    /// <summary>Runs of <paramref name="tokens"/> covered by shingles that <paramref name="other"/> does not have (as many times).</summary>
    private static List<string> Unmatched(List<string> tokens, List<string> other)
    {
        var available = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in Windows(other))
        {
            available[key] = available.GetValueOrDefault(key) + 1;
        }

        var marked = new bool[tokens.Count];
        var i = 0;
        foreach (var key in Windows(tokens))
        {
            if (available.GetValueOrDefault(key) > 0)
            {
                available[key]--;
            }
            else
            {
                for (var k = i; k < Math.Min(tokens.Count, i + ShingleScorer.ShingleSize); k++)
                {
                    marked[k] = true;
                }
            }

            i++;
        }

        var runs = new List<string>();
        var sb = new StringBuilder();
        for (var k = 0; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && marked[k])
            {
                sb.Append(sb.Length > 0 ? " " : string.Empty).Append(tokens[k]);
            }
            else if (sb.Length > 0)
            {
                runs.Add(sb.ToString());
                sb.Clear();
            }
        }

        return runs;
    }

    private static IEnumerable<string> Windows(List<string> tokens)
    {
        if (tokens.Count > 0 && tokens.Count < ShingleScorer.ShingleSize)
        {
            yield return string.Join(' ', tokens);
            yield break;
        }

        for (var i = 0; i + ShingleScorer.ShingleSize <= tokens.Count; i++)
        {
            yield return string.Join(' ', tokens.Skip(i).Take(ShingleScorer.ShingleSize));
        }
    }

    private static string Shorten(string run) =>
        run.Length <= MaxRunChars ? run : string.Concat(run.AsSpan(0, MaxRunChars / 2), " … ", run.AsSpan(run.Length - (MaxRunChars / 2)));
}
