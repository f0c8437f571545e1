namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// A date expression. <see cref="Date"/> is null when it could not be resolved (no year and no anchor).
/// <see cref="Precision"/>: 1 day, 2 week, 3 month, 4 year only. <see cref="IsRelative"/> for "on Sunday",
/// "yesterday", "last week".
/// </summary>
public sealed record DateMention(DateOnly? Date, int Precision, bool IsRelative)
{
    /// <summary>The date of a wire dateline ("GAO, March 3 (Sahel Wire) -"): when the report was filed, not an event date.</summary>
    public bool IsDateline { get; init; }

    public bool IsSpecificDay => Date is not null && Precision == 1;

    /// <summary>A day of the month the text names ("vendredi 14 juin") on a page that does not give its year: the year
    /// is pinned by the weekday or taken as the latest before the report was read, so the precision is wider.</summary>
    public bool IsNamedDay { get; init; }

    /// <summary>A date worked out from the day the report was read alone (a weekday, or a day without a year, on a page
    /// giving no other date): the event is some time before that day, how long is unknown.</summary>
    public bool IsFromReadDay { get; init; }

    /// <summary>A day the text names, its year known or inferred: a day an event can be told on.</summary>
    public bool IsEventDay => IsSpecificDay || (Date is not null && IsNamedDay);

    /// <summary>The same mention moved by <paramref name="days"/> ("the day before" Wednesday is Tuesday).</summary>
    public DateMention Shifted(int days) => this with { Date = Date?.AddDays(days) };
}
