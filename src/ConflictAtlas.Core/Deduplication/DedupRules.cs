namespace ConflictAtlas.Core.Deduplication;

/// <summary>ACLED's rule for one event reported by several sources, with tolerances for how reports differ.</summary>
public static class DedupRules
{
    /// <summary>Dates may differ by one day when either date is not day-precise (a "weekend" or "last week" report).</summary>
    public const int ImpreciseDateToleranceDays = 1;

    /// <summary>How far apart two geocodes of one place may be, by ACLED geo precision (1 town, 2 near a town, 3 region).
    /// 10 km covers two gazetteers' centroids of one town; a region-level code is only comparable within its region.</summary>
    public static double PlaceToleranceKm(int geoPrecision) => geoPrecision switch
    {
        <= 1 => 10,
        2 => 30,
        _ => 100,
    };

    public static bool SameEvent(AtomKey a, AtomKey b) => Explain(a, b) is null;

    /// <summary>Null when the two keys describe the same event, otherwise the first reason they do not.</summary>
    public static string? Explain(AtomKey a, AtomKey b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!a.IsMergeable || !b.IsMergeable)
        {
            return "no date or place to compare";
        }

        if (!string.Equals(a.SubEventType, b.SubEventType, StringComparison.Ordinal))
        {
            return "different sub-event types";
        }

        if (a.Iso != b.Iso)
        {
            return "different countries";
        }

        var gap = Math.Abs(a.Date!.Value.DayNumber - b.Date!.Value.DayNumber);
        var tolerance = a.TimePrecision > 1 || b.TimePrecision > 1 ? ImpreciseDateToleranceDays : 0;
        if (gap > tolerance)
        {
            return "different days";
        }

        if (!SamePlace(a, b))
        {
            return "different places";
        }

        return SameActors(a, b) ? null : "different actors";
    }

    /// <summary>Same gazetteer entry, or coordinates within the tolerance of the less precise of the two places.</summary>
    public static bool SamePlace(AtomKey a, AtomKey b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.GazetteerId is not null && string.Equals(a.GazetteerId, b.GazetteerId, StringComparison.Ordinal))
        {
            return true;
        }

        var km = Geo.GeoMath.DistanceKm(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value);
        return km <= PlaceToleranceKm(Math.Max(a.GeoPrecision, b.GeoPrecision));
    }

    /// <summary>The same actor pair, in either order. A report that names only one side matches a report that names
    /// both when that side is one of them (outlets often leave the victim or the attacker unnamed).</summary>
    public static bool SameActors(AtomKey a, AtomKey b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var left = Actors(a);
        var right = Actors(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return left.Count == right.Count;
        }

        return left.Count <= right.Count ? Within(left, right) : Within(right, left);
    }

    private static bool Within((int Count, string First, string Second) small, (int Count, string First, string Second) large) =>
        small.Count == 1
            ? small.First == large.First || small.First == large.Second
            : (small.First == large.First && small.Second == large.Second) || (small.First == large.Second && small.Second == large.First);

    /// <summary>The non-empty actor names of a key, without allocating (this runs inside the dedup inner loop).</summary>
    private static (int Count, string First, string Second) Actors(AtomKey key) => (key.Actor1.Length > 0, key.Actor2.Length > 0) switch
    {
        (true, true) when key.Actor1 == key.Actor2 => (1, key.Actor1, string.Empty),
        (true, true) => (2, key.Actor1, key.Actor2),
        (true, false) => (1, key.Actor1, string.Empty),
        (false, true) => (1, key.Actor2, string.Empty),
        _ => (0, string.Empty, string.Empty),
    };
}
