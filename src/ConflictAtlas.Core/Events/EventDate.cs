namespace ConflictAtlas.Core.Events;

/// <summary>
/// The day of an event and how precisely it is known: ACLED's <c>time_precision</c> (1 day, 2 week, 3 month).
/// For precision 2 and 3 the date is the middle of the period, as ACLED codes it.
/// </summary>
public sealed record EventDate(DateOnly Date, int Precision)
{
    public static EventDate Day(DateOnly date) => new(date, 1);
}
