using System.Collections.Immutable;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Text;

public sealed class SpanSearchTests
{
    private static Mention<NumberMention> Number(int start, int end, int value) => new(new TextSpan(start, end), new NumberMention(value, false, null, null), "numbers");

    [Fact]
    public void Within_keeps_the_mentions_inside_the_span_in_their_order()
    {
        ImmutableArray<Mention<NumberMention>> mentions = [Number(0, 3, 1), Number(5, 9, 2), Number(10, 12, 3), Number(10, 20, 4), Number(21, 21, 5), Number(25, 30, 6)];
        var inside = SpanSearch.Within(mentions, new TextSpan(5, 21));
        // [0, 3) and [25, 30) lie outside; the empty mention at 21 lies at the span's end, so inside.
        Assert.Equal([2, 3, 4, 5], inside.Select(m => m.Value.Value));
        Assert.Empty(SpanSearch.Within(mentions, new TextSpan(13, 19)));
        // [10, 20) starts inside [10, 19) but ends after it.
        Assert.Equal([3], SpanSearch.Within(mentions, new TextSpan(10, 19)).Select(m => m.Value.Value));
    }

    [Fact]
    public void Within_gives_the_same_mentions_as_a_filter_whether_or_not_the_list_is_ordered()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var count = random.Next(0, 30);
            var spans = Enumerable.Range(0, count).Select(_ =>
            {
                var start = random.Next(0, 100);
                return new TextSpan(start, start + random.Next(0, 15));
            });
            var list = round % 2 == 0 ? spans.OrderBy(s => s.Start) : spans.AsEnumerable();
            ImmutableArray<Mention<NumberMention>> mentions = [.. list.Select((s, i) => Number(s.Start, s.End, i))];
            var query = new TextSpan(random.Next(0, 60), 60 + random.Next(0, 60));
            var expected = mentions.Where(m => query.Contains(m.Span)).Select(m => m.Value.Value).ToList();
            Assert.Equal(expected, SpanSearch.Within(mentions, query).Select(m => m.Value.Value));
        }
    }

    [Fact]
    public void Span_set_tells_whether_any_span_overlaps()
    {
        var set = new SpanSet([new TextSpan(20, 25), new TextSpan(0, 40), new TextSpan(50, 52)]);
        Assert.True(set.Overlaps(new TextSpan(39, 45)));
        Assert.False(set.Overlaps(new TextSpan(40, 50)));
        Assert.True(set.Overlaps(new TextSpan(51, 60)));
        Assert.False(set.Overlaps(new TextSpan(52, 60)));
        Assert.False(new SpanSet([]).Overlaps(new TextSpan(0, 10)));
    }

    [Fact]
    public void Span_set_answers_as_a_scan_of_every_span()
    {
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            var spans = Enumerable.Range(0, random.Next(0, 25)).Select(_ =>
            {
                var start = random.Next(0, 100);
                return new TextSpan(start, start + random.Next(0, 20));
            }).ToList();
            var set = new SpanSet(spans);
            for (var q = 0; q < 20; q++)
            {
                var start = random.Next(0, 110);
                var query = new TextSpan(start, start + random.Next(0, 10));
                Assert.Equal(spans.Exists(b => b.Overlaps(query)), set.Overlaps(query));
            }
        }
    }

    [Fact]
    public void Latest_ending_gives_the_item_a_filter_and_sort_would_give()
    {
        var random = new Random(11);
        for (var round = 0; round < 300; round++)
        {
            // Few distinct starts and ends, so ties in both are common.
            var items = Enumerable.Range(0, random.Next(0, 25)).Select(i =>
            {
                var start = random.Next(0, 40);
                return (Span: new TextSpan(start, start + random.Next(0, 6)), Value: i);
            }).ToList();
            var latest = new LatestEnding<int>(items);
            for (var position = 0; position <= 50; position++)
            {
                var expected = items.Where(m => m.Span.End <= position).OrderByDescending(m => m.Span.Start).Select(m => (int?)m.Value).FirstOrDefault();
                Assert.Equal(expected, latest.Before(position)?.Value);
                var after = random.Next(-1, 40);
                var between = items.Where(m => m.Span.End <= position && m.Span.Start > after).OrderByDescending(m => m.Span.Start).Select(m => (int?)m.Value).FirstOrDefault();
                Assert.Equal(between, latest.Between(after, position)?.Value);
            }
        }
    }

    [Fact]
    public void Bisect_finds_the_end_of_the_prefix_that_holds()
    {
        int[] values = [1, 3, 3, 5, 8];
        Assert.Equal(0, SpanSearch.Bisect(values.Length, i => values[i] < 1));
        Assert.Equal(1, SpanSearch.Bisect(values.Length, i => values[i] < 3));
        Assert.Equal(3, SpanSearch.Bisect(values.Length, i => values[i] <= 3));
        Assert.Equal(5, SpanSearch.Bisect(values.Length, i => values[i] < 100));
        Assert.Equal(0, SpanSearch.Bisect(0, _ => true));
    }
}
