using ConflictAtlas.Core.Sources.Feeds;

namespace ConflictAtlas.Core.Tests.Sources;

public sealed class LenientDateTests
{
    [Theory]
    [InlineData("Sun, 01 Dec 2024 09:00:00 EAT", "2024-12-01T06:00:00Z")]
    [InlineData("Sun, 01 Dec 2024 09:00:00 GMT", "2024-12-01T09:00:00Z")]
    [InlineData("Mon, 01 Dec 2024 09:00:00 +0300", "2024-12-01T06:00:00Z")]
    [InlineData("1 Dec 2024 09:00 WAT", "2024-12-01T08:00:00Z")]
    [InlineData("Sun, 1 Dec 24 09:00:00 EST", "2024-12-01T14:00:00Z")]
    [InlineData("2024-12-01T09:00:00+03:00", "2024-12-01T06:00:00Z")]
    [InlineData("2024-12-01", "2024-12-01T00:00:00Z")]
    public void Reads_feed_dates_real_feeds_carry(string text, string expectedUtc)
    {
        Assert.True(LenientDate.TryParse(text, out var date));
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Sun, 31 Feb 2024 09:00:00 GMT")]
    [InlineData("Sun, 01 Dec 2024 09:00:00 XYZT")]
    public void Refuses_what_is_not_a_date(string text) => Assert.False(LenientDate.TryParse(text, out _));
}
