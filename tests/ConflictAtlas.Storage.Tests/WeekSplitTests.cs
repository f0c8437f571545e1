using ConflictAtlas.Storage.Sql;

namespace ConflictAtlas.Storage.Tests;

public sealed class WeekSplitTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_range_cut_at_both_ends_keeps_its_whole_weeks_and_two_edges()
    {
        // Friday 2025-02-21 to Wednesday 2025-03-12: whole weeks from Monday 02-24 to Monday 03-03 (ending Sunday 03-09).
        var split = WeekSplit.Of(Day("2025-02-21"), Day("2025-03-12"));

        Assert.True(split.HasWholeWeeks);
        Assert.Equal((Day("2025-02-24"), Day("2025-03-03")), (split.FirstWeek, split.LastWeek));
        Assert.Equal([(Day("2025-02-21"), Day("2025-02-23")), (Day("2025-03-10"), Day("2025-03-12"))], split.Edges);
    }

    [Fact]
    public void Monday_to_Sunday_has_no_edges_and_open_ends_take_every_week()
    {
        var exact = WeekSplit.Of(Day("2025-03-03"), Day("2025-03-16"));
        Assert.Equal((Day("2025-03-03"), Day("2025-03-10")), (exact.FirstWeek, exact.LastWeek));
        Assert.Empty(exact.Edges);

        var open = WeekSplit.Of(null, null);
        Assert.Equal(((DateOnly?)null, (DateOnly?)null, true), (open.FirstWeek, open.LastWeek, open.HasWholeWeeks));
        Assert.Empty(open.Edges);

        var from = WeekSplit.Of(Day("2025-03-04"), null);
        Assert.Equal((Day("2025-03-10"), (DateOnly?)null), (from.FirstWeek, from.LastWeek));
        Assert.Equal([(Day("2025-03-04"), Day("2025-03-09"))], from.Edges);
    }

    [Fact]
    public void A_range_inside_one_or_two_cut_weeks_has_no_whole_week()
    {
        Assert.False(WeekSplit.Of(Day("2025-03-04"), Day("2025-03-10")).HasWholeWeeks);
        Assert.False(WeekSplit.Of(Day("2025-03-05"), Day("2025-03-05")).HasWholeWeeks);
        Assert.False(WeekSplit.Of(Day("2025-04-01"), Day("2025-03-01")).HasWholeWeeks);
    }
}
