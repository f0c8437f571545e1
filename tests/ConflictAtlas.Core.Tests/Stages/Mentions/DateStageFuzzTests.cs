using System.Text;
using ConflictAtlas.Core.Stages.Mentions;
using CsCheck;

namespace ConflictAtlas.Core.Tests.Stages.Mentions;

/// <summary>The date stage reads whatever text a page holds: it must never throw, whatever the numbers and the
/// publication date.</summary>
public sealed class DateStageFuzzTests
{
    // Pieces a date expression is made of, in both languages, with the numbers pages actually carry (years 0 and
    // 99999, day 0 and 99, digits of other scripts) and none of the usual order.
    private static readonly string[] Pieces =
    [
        "on", "between", "and", "from", "to", "du", "au", "le", "early", "late", "fin", "début", "last", "dernier",
        "January", "Feb", "février", "March", "mars", "Sept.", "December", "décembre", "May", "mai",
        "Monday", "Saturday", "samedi", "mardi", "yesterday", "hier", "last week", "la veille", "the day before",
        "last month", "this week", "1st", "1er", "0", "00", "31", "32", "99", "1900", "1999", "2000", "2099",
        "0000", "0001", "9999", "99999", "2024-02-30", "2024-13-01", "1999-00-00", "19٢٤", "٢٠٢٤", "２０２４",
        "GAO,", "BAMAKO,", "(Reuters)", "-", "—", ",", ".", "\n", "\n\n", " ", "  ",
    ];

    // Publication dates at and near both ends of the calendar, as placeholder metadata gives them.
    private static readonly Gen<DateOnly?> Published = Gen.OneOf(
        Gen.Int[0, 4].Select(i => new DateOnly?[] { null, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1, 1, 3), new DateOnly(9999, 12, 25) }[i]),
        Gen.Int[1, 3_652_058].Select(d => (DateOnly?)DateOnly.FromDayNumber(d)));

    private static readonly Gen<string> Adversarial =
        Gen.Int[0, Pieces.Length - 1].Array[0, 30].Select(ix =>
        {
            var text = new StringBuilder();
            foreach (var i in ix)
            {
                text.Append(Pieces[i]).Append(' ');
            }

            return text.ToString();
        });

    [Fact]
    public void Never_throws_on_adversarial_date_text() =>
        Gen.Select(Adversarial, Published).Sample((text, published) => { DateStage.Find(text, published); }, iter: 20_000);

    [Fact]
    public void Never_throws_on_random_text() =>
        Gen.Select(Gen.String, Published).Sample((text, published) => { DateStage.Find(text, published); }, iter: 5_000);

    [Theory]
    [InlineData("On 29 February, at the start of the month, troops moved.")]
    [InlineData("Gunmen struck on Saturday, a day after the raid of the day before, last week.")]
    [InlineData("between 10 and 16 March 2025, then from 30 to 31 February")]
    [InlineData("late December 2024, early January, mid-March 2099")]
    [InlineData("GAO, Dec 31 (Reuters) - On January 1, gunmen struck.")]
    public void Never_throws_at_the_ends_of_the_calendar(string text)
    {
        foreach (var published in new DateOnly?[] { DateOnly.MinValue, new DateOnly(1, 1, 1), new DateOnly(1, 1, 6), DateOnly.MaxValue, new DateOnly(9999, 12, 28) })
        {
            var found = DateStage.Find(text, published);
            Assert.All(found, f => Assert.True(f.Span.End <= text.Length));
        }
    }

    [Fact]
    public void Digits_of_other_scripts_are_not_read_as_a_year() =>
        Assert.DoesNotContain(DateStage.Find("It happened in 19\u0662\u0664.", null), f => f.Value.Date is not null);
}
