namespace ConflictAtlas.Storage.Sql;

/// <summary>
/// How a date range divides into whole ISO weeks (Monday to Sunday), which the weekly statistics table answers, and
/// the cut weeks at either end, whose days are read from the events themselves. An open end takes every week on that side.
/// </summary>
/// <param name="FirstWeek">The Monday of the first whole week (YYYY-MM-DD), or null when the range has no start.</param>
/// <param name="LastWeek">The Monday of the last whole week, or null when the range has no end.</param>
/// <param name="HasWholeWeeks">False when the range lies inside one or two cut weeks: the events answer all of it.</param>
/// <param name="Edges">The days before the first and after the last whole week (at most two ranges, inclusive).</param>
public sealed record WeekSplit(DateOnly? FirstWeek, DateOnly? LastWeek, bool HasWholeWeeks, IReadOnlyList<(DateOnly From, DateOnly To)> Edges)
{
    private const int DaysPerWeek = 7;

    public static WeekSplit Of(DateOnly? from, DateOnly? to)
    {
        DateOnly? firstMonday = from is { } f ? f.AddDays((DaysPerWeek - DaysSinceMonday(f)) % DaysPerWeek) : null;
        DateOnly? lastSunday = to is { } t ? t.AddDays(-(int)t.DayOfWeek) : null;
        DateOnly? lastMonday = lastSunday?.AddDays(-(DaysPerWeek - 1));
        if (firstMonday is { } first && lastMonday is { } last && first > last)
        {
            return new WeekSplit(null, null, false, []);
        }

        var edges = new List<(DateOnly, DateOnly)>();
        if (from is { } start && firstMonday is { } monday && start < monday)
        {
            edges.Add((start, monday.AddDays(-1)));
        }

        if (to is { } end && lastSunday is { } sunday && end > sunday)
        {
            edges.Add((sunday.AddDays(1), end));
        }

        return new WeekSplit(firstMonday, lastMonday, true, edges);
    }

    private static int DaysSinceMonday(DateOnly day) => ((int)day.DayOfWeek + DaysPerWeek - 1) % DaysPerWeek;
}
