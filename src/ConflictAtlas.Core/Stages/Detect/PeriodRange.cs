using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>
/// "du 27 janvier au 27 mars", "from 27 January to 27 March": two days with only a range joiner between them are the
/// ends of one period. A period longer than a week is what a report sums up (a monitor's count over two months), so
/// its ends are no days of an act and the figures told with it are a total over the period.
/// </summary>
public static class PeriodRange
{
    /// <summary>The spans of the days of a sentence that end a period longer than <paramref name="maxDays"/> days.</summary>
    public static HashSet<TextSpan> LongPeriodEnds(string text, HashSet<string> joiners, IReadOnlyList<(TextSpan Span, DateMention Value)> dates, int maxDays)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(joiners);
        ArgumentNullException.ThrowIfNull(dates);
        var ends = new HashSet<TextSpan>();
        var sorted = dates.OrderBy(d => d.Span.Start).ToList();
        for (var i = 0; i + 1 < sorted.Count; i++)
        {
            var (from, to) = (sorted[i], sorted[i + 1]);
            if (from.Value.Date is not { } first || to.Value.Date is not { } last || to.Span.Start < from.Span.End ||
                !joiners.Contains(TextNormalizer.Fold(text[from.Span.End..to.Span.Start].Trim())) ||
                Math.Abs(last.DayNumber - first.DayNumber) <= maxDays)
            {
                continue;
            }

            ends.Add(from.Span);
            ends.Add(to.Span);
        }

        return ends;
    }
}
