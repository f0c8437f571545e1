using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Tests.Events;

public sealed class EventDateTests
{
    // A week is coded on its middle day: the week of Wednesday 12 March 2025 runs to Saturday 15 March at the latest,
    // not to the Tuesday after it.
    [Fact]
    public void A_week_date_ends_three_days_after_its_middle_day() =>
        Assert.Equal(new DateOnly(2025, 3, 15), new EventDate(new DateOnly(2025, 3, 12), 2).LastDay);

    [Theory]
    [InlineData(1, 2025, 3, 12)]
    [InlineData(3, 2025, 3, 31)]
    public void A_day_ends_on_itself_and_a_month_on_its_last_day(int precision, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), new EventDate(new DateOnly(2025, 3, 12), precision).LastDay);
}
