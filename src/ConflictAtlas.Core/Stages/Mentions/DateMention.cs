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

    /// <summary>The same mention moved by <paramref name="days"/> ("the day before" Wednesday is Tuesday).</summary>
    public DateMention Shifted(int days) => this with { Date = Date?.AddDays(days) };
}
