namespace ConflictAtlas.Storage.Sql;

/// <summary>
/// An event's place in the default order (by date, then id) as one 64-bit integer: the day number plus one (days since
/// 0001-01-01) in the high 32 bits, the id in the low 32. An event without a date has its id alone, so it comes first
/// oldest-first and last newest-first, as <c>nulls first</c>/<c>nulls last</c> place it. Indexes keyed by it (the
/// actor links, and on SQLite the text index and the R*Tree) yield their events already in page order.
/// </summary>
public static class EventSortKey
{
    /// <summary>The low bits: the event's id.</summary>
    public const long IdMask = 0xFFFF_FFFF;

    private const int DayShift = 32;

    public static long Of(DateOnly? date, long id) => date is { } day ? ((long)(day.DayNumber + 1) << DayShift) | id : id;

    public static long IdOf(long key) => key & IdMask;
}
