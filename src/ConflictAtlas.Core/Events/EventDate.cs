namespace ConflictAtlas.Core.Events;

/// <summary>
/// The day of an event and how precisely it is known: ACLED's <c>time_precision</c> (1 day, 2 week, 3 month).
/// For precision 2 and 3 the date is the middle of the period, as ACLED codes it. <see cref="Source"/> says where the
/// date came from: a date of the text, or only the page's date or the day the report was read.
/// </summary>
public sealed record EventDate(DateOnly Date, int Precision, DateSource Source = DateSource.Text)
{
    public static EventDate Day(DateOnly date) => new(date, 1);

    /// <summary>The last day the date may stand for: its day; for a week, coded on its middle day, three days on; for a
    /// month, its last day.</summary>
    public DateOnly LastDay => Precision switch
    {
        2 => Date.AddDays(3),
        >= 3 => new DateOnly(Date.Year, Date.Month, 1).AddMonths(1).AddDays(-1),
        _ => Date,
    };
}
