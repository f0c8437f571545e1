using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ConflictAtlas.Core.Text;

/// <summary>
/// Finds spans by position in logarithmic time, so that asking once per sentence or per token stays linear in the
/// size of a document: the mentions inside a span (<see cref="Within{T}"/>) and whether any of a set of spans
/// overlaps a span (<see cref="SpanSet"/>).
/// </summary>
public static class SpanSearch
{
    /// <summary>Whether each mention array seen is ordered by start, computed once per array.</summary>
    private static readonly ConditionalWeakTable<object, StrongBox<bool>> Sorted = new();

    /// <summary>The mentions lying inside <paramref name="span"/>, in the array's order: the same list as
    /// <c>mentions.Where(m =&gt; span.Contains(m.Span))</c>. An array ordered by start is searched by bisection; any
    /// other is filtered whole.</summary>
    public static List<Mention<T>> Within<T>(ImmutableArray<Mention<T>> mentions, TextSpan span)
        where T : notnull
    {
        var result = new List<Mention<T>>();
        if (mentions.IsDefaultOrEmpty)
        {
            return result;
        }

        if (!IsSortedByStart(mentions))
        {
            foreach (var mention in mentions)
            {
                if (span.Contains(mention.Span))
                {
                    result.Add(mention);
                }
            }

            return result;
        }

        // Every mention inside the span starts in [span.Start, span.End] (an empty one may start at span.End).
        for (var i = FirstStartingAtOrAfter(mentions, span.Start); i < mentions.Length && mentions[i].Span.Start <= span.End; i++)
        {
            if (mentions[i].Span.End <= span.End)
            {
                result.Add(mentions[i]);
            }
        }

        return result;
    }

    private static bool IsSortedByStart<T>(ImmutableArray<Mention<T>> mentions)
        where T : notnull
    {
        var array = ImmutableCollectionsMarshal.AsArray(mentions)!;
        return Sorted.GetValue(array, _ =>
        {
            for (var i = 1; i < mentions.Length; i++)
            {
                if (mentions[i].Span.Start < mentions[i - 1].Span.Start)
                {
                    return new StrongBox<bool>(false);
                }
            }

            return new StrongBox<bool>(true);
        }).Value;
    }

    private static int FirstStartingAtOrAfter<T>(ImmutableArray<Mention<T>> mentions, int start)
        where T : notnull =>
        Bisect(mentions.Length, i => mentions[i].Span.Start < start);

    /// <summary>The first index in [0, <paramref name="count"/>) for which <paramref name="before"/> is false, where
    /// <paramref name="before"/> holds for a prefix of the indexes and fails for the rest.</summary>
    public static int Bisect(int count, Func<int, bool> before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var lo = 0;
        var hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (before(mid))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>A fixed set of spans (overlapping one another or not) that answers "does any of them overlap this span"
/// by bisection: the same answer as <c>spans.Exists(b =&gt; b.Overlaps(span))</c>.</summary>
public sealed class SpanSet
{
    private readonly int[] starts;

    /// <summary>For each index i, the largest end among the spans sorted at 0..i.</summary>
    private readonly int[] maxEnds;

    public SpanSet(IEnumerable<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var sorted = spans.OrderBy(s => s.Start).ToArray();
        starts = new int[sorted.Length];
        maxEnds = new int[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            starts[i] = sorted[i].Start;
            maxEnds[i] = i == 0 ? sorted[i].End : Math.Max(maxEnds[i - 1], sorted[i].End);
        }
    }

    public int Count => starts.Length;

    /// <summary>Whether some span of the set overlaps <paramref name="span"/>: one that starts before its end and
    /// ends after its start.</summary>
    public bool Overlaps(TextSpan span)
    {
        // The spans starting before span.End are a prefix of the sorted order; one of them overlaps when the
        // largest end among them lies after span.Start.
        var lo = 0;
        var hi = starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (starts[mid] < span.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && maxEnds[lo - 1] > span.Start;
    }
}

/// <summary>
/// A fixed list of spanned items that answers "which item ending at or before this position starts last" by
/// bisection: the same item as <c>items.Where(m =&gt; m.Span.End &lt;= position).OrderByDescending(m =&gt;
/// m.Span.Start).FirstOrDefault()</c>, the earliest in the list among items that start together.
/// </summary>
public sealed class LatestEnding<T>
{
    private readonly (TextSpan Span, T Value)[] byEnd;

    /// <summary>For each index i, the index (in <see cref="byEnd"/>) of the item that starts last among 0..i.</summary>
    private readonly int[] latest;

    public LatestEnding(IEnumerable<(TextSpan Span, T Value)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var listed = items.ToArray();
        // Indexes into the list, ordered by end and, among items that end together, by their place in the list.
        var order = Enumerable.Range(0, listed.Length).ToArray();
        Array.Sort(order, (a, b) => listed[a].Span.End != listed[b].Span.End ? listed[a].Span.End.CompareTo(listed[b].Span.End) : a.CompareTo(b));
        byEnd = [.. order.Select(i => listed[i])];
        latest = new int[byEnd.Length];
        for (var i = 0; i < byEnd.Length; i++)
        {
            var best = i == 0 ? i : latest[i - 1];
            var (start, bestStart) = (byEnd[i].Span.Start, byEnd[best].Span.Start);
            latest[i] = start > bestStart || (start == bestStart && order[i] < order[best]) ? i : best;
        }
    }

    public int Count => byEnd.Length;

    /// <summary>The item that starts last among those ending at or before <paramref name="position"/>, or null.</summary>
    public (TextSpan Span, T Value)? Before(int position)
    {
        var ending = SpanSearch.Bisect(byEnd.Length, i => byEnd[i].Span.End <= position);
        return ending == 0 ? null : byEnd[latest[ending - 1]];
    }

    /// <summary>The item that starts last among those starting after <paramref name="after"/> and ending at or before
    /// <paramref name="position"/>, or null.</summary>
    public (TextSpan Span, T Value)? Between(int after, int position) =>
        Before(position) is { } last && last.Span.Start > after ? last : null;
}
