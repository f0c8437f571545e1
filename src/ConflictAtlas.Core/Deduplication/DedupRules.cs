using System.Globalization;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Deduplication;

/// <summary>
/// Whether two event records describe one real event. Two outlets rarely tell an event the same way (one says
/// Saturday, the other "at the weekend"; one names the village, the other the district; one says drone strike, the
/// other attack; tolls differ), so the decision is a score over the fields, after hard limits that keep near misses
/// apart:
/// <list type="bullet">
/// <item>blocking: the same country; dates within a window that follows the less precise date
/// (<see cref="WindowDays(int, int)"/>), a date that is only the day a report was read standing for any day up to
/// <see cref="ReadDayBeforeDays"/> before it; places within the tolerance of the less precise place, or a town inside the
/// region (admin1) a region-level place names; sub-event types that ACLED's hierarchy lets one event be told as; actors
/// that do not name two different organisations on one side;</item>
/// <item>the score (0 to 1): <see cref="TypeWeight"/> for the sub-event types (1 same, 0.6 same event type or a
/// listed cross-type pair), <see cref="ActorWeight"/> for the actors (1 same, 0.8 overlapping, 0.6 an unidentified
/// armed group beside a named one, 0.5 a side left unnamed), <see cref="PlaceWeight"/> for the distance against the
/// tolerance, <see cref="DateWeight"/> for the day gap (1 / (1 + days), weeks for a month-precise date) and <see cref="TollWeight"/> for the
/// agreement of the tolls. Records merge at <see cref="Threshold"/> or above.</item>
/// </list>
/// The weights and the threshold were chosen on the real-report corpus (docs/deduplication.md).
/// </summary>
public static class DedupRules
{
    public const double TypeWeight = 0.3;
    public const double ActorWeight = 0.3;
    public const double PlaceWeight = 0.2;
    public const double DateWeight = 0.15;
    public const double TollWeight = 0.05;

    /// <summary>The place score of a town inside the region the other record names (or of one region named twice).</summary>
    private const double RegionScore = 0.8;

    /// <summary>How far a town may lie from the seat named like its district to be in that district ("in Igabi" for a
    /// village of the Igabi district): the tolerance of a region-level place.</summary>
    public static double DistrictToleranceKm => PlaceToleranceKm(3);

    /// <summary>Kilometres per degree of latitude (a lower bound of the distance two latitudes differ by).</summary>
    public const double KmPerDegree = 111.0;

    /// <summary>The lowest score at which two records are one event.</summary>
    public const double Threshold = 0.85;

    /// <summary>The widest date window (month-precise dates): how far back and forward candidate search looks for a
    /// date of the text.</summary>
    public const int MaxWindowDays = 31;

    private static readonly Dictionary<string, double> Data = ResourceFile.ReadRows("dedup-thresholds.tsv")
        .ToDictionary(r => r[0].Trim(), r => double.Parse(ResourceFile.Field(r, 1), NumberStyles.Float, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>How many days before the day a report was read its event may lie, when the read day is all the date the
    /// report has (<see cref="DateSource.ReadDay"/>; <c>Resources/dedup-thresholds.tsv</c>).</summary>
    public static int ReadDayBeforeDays { get; } = (int)Data["read-day-before-days"];

    /// <summary>The date part of the score when a record's date is only its read day: the day is unknown, neither agreeing
    /// nor disagreeing (<c>Resources/dedup-thresholds.tsv</c>).</summary>
    public static double ReadDayDateScore { get; } = Data["read-day-date-score"];

    /// <summary>The place score of a town against a region-level place that names no region (a country, "the north of
    /// the country"): it may hold the town, and says no more (<c>Resources/dedup-thresholds.tsv</c>).</summary>
    public static double CountryPlaceScore { get; } = Data["country-place-score"];

    /// <summary>How many days apart two weekdays may be when a weekday counted back from a read day is set against a
    /// day of the text (a night's events told by the evening or the morning; <c>Resources/dedup-thresholds.tsv</c>).</summary>
    public static int ReadDayWeekdayTolerance { get; } = (int)Data["read-day-weekday-tolerance"];

    /// <summary>The days, relative to <paramref name="key"/>'s date, within which the date of a record of time precision
    /// <paramref name="precision"/> and a date of the text may lie to be compared with it: the window of the less precise
    /// date either side, or, for a key dated by its read day, from the limit before it (less the other's window) to the
    /// other's window after it.</summary>
    public static (int From, int To) CandidateDays(AtomKey key, int precision)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.IsReadDay)
        {
            var other = WindowDays(precision);
            return (-(ReadDayBeforeDays + other), other);
        }

        var window = WindowDays(key.TimePrecision, precision);
        return (-window, window);
    }

    /// <summary>Whether two dates may be one event's: within the window of the less precise date; a date that is only a
    /// read day stands for any day up to <see cref="ReadDayBeforeDays"/> before it (two such dates: read within that many
    /// days of each other).</summary>
    private static bool DatesOverlap(AtomKey a, AtomKey b, int gap)
    {
        if (a.IsReadDay && b.IsReadDay)
        {
            return gap <= ReadDayBeforeDays;
        }

        if (!a.IsReadDay && !b.IsReadDay)
        {
            return gap <= WindowDays(a.TimePrecision, b.TimePrecision);
        }

        var (read, told) = a.IsReadDay ? (a, b) : (b, a);
        var (from, to) = CandidateDays(read, told.TimePrecision);
        var offset = told.Date!.Value.DayNumber - read.Date!.Value.DayNumber;
        if (offset < from || offset > to)
        {
            return false;
        }

        // "On Tuesday" on an undated page: some Tuesday before the read day, so a day of the text must fall on it.
        var weekdays = ((offset % 7) + 7) % 7;
        return read.DateSource != DateSource.ReadDayWeekday || told.TimePrecision > 1 || Math.Min(weekdays, 7 - weekdays) <= ReadDayWeekdayTolerance;
    }

    /// <summary>How many days either side of a date of ACLED time precision 1 (day), 2 (week or range of days) or
    /// 3 (month) the event may lie: 0, 7 or 31.</summary>
    public static int WindowDays(int precision) => precision switch
    {
        <= 1 => 0,
        2 => 7,
        _ => MaxWindowDays,
    };

    /// <summary>The window for a pair: that of the less precise of the two dates (two day-precise dates must agree: the
    /// same town on another day is another event).</summary>
    public static int WindowDays(int precisionA, int precisionB) => WindowDays(Math.Max(precisionA, precisionB));

    /// <summary>How far apart two geocodes of one place may be, by ACLED geo precision (1 town, 2 near a town, 3 region).
    /// 10 km covers two gazetteers' centroids of one town; a region-level code is only comparable within its region.</summary>
    public static double PlaceToleranceKm(int geoPrecision) => geoPrecision switch
    {
        <= 1 => 10,
        2 => 30,
        _ => 100,
    };

    /// <summary>Sub-event types of different event types that ACLED's hierarchy lets one event be told as (an attack on
    /// civilians told by another outlet as an air strike or a bombing; a clash told as an attack; a riot put down told
    /// as excessive force).</summary>
    private static readonly HashSet<(string, string)> CompatibleTypes = Pairs(
        ("Attack", "Air/drone strike"), ("Attack", "Shelling/artillery/missile attack"), ("Attack", "Remote explosive/landmine/IED"),
        ("Attack", "Suicide bomb"), ("Attack", "Grenade"), ("Attack", "Armed clash"), ("Abduction/forced disappearance", "Attack"),
        ("Armed clash", "Air/drone strike"), ("Armed clash", "Shelling/artillery/missile attack"), ("Armed clash", "Remote explosive/landmine/IED"),
        ("Armed clash", "Non-state actor overtakes territory"), ("Armed clash", "Government regains territory"),
        ("Non-state actor overtakes territory", "Non-violent transfer of territory"), ("Government regains territory", "Non-violent transfer of territory"),
        ("Violent demonstration", "Excessive force against protesters"), ("Violent demonstration", "Protest with intervention"),
        ("Mob violence", "Attack"), ("Looting/property destruction", "Violent demonstration"), ("Looting/property destruction", "Attack"));

    public static bool SameEvent(AtomKey a, AtomKey b) => Explain(a, b) is null;

    /// <summary>Null when the two keys describe the same event, otherwise the first reason they do not.</summary>
    public static string? Explain(AtomKey a, AtomKey b)
    {
        var (score, blocked) = Score(a, b);
        return blocked ?? (score >= Threshold ? null : $"score {score:0.00} below {Threshold:0.00}");
    }

    /// <summary>The score of a pair (0 to 1) and, when a hard limit keeps them apart, the reason (then the score is 0).</summary>
    public static (double Score, string? Blocked) Score(AtomKey a, AtomKey b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!a.IsMergeable || !b.IsMergeable)
        {
            return (0, "no date or place to compare");
        }

        if (a.Iso != b.Iso)
        {
            return (0, "different countries");
        }

        // Cheapest tests first: most candidates of a busy country and window are in another town.
        var gap = Math.Abs(a.Date!.Value.DayNumber - b.Date!.Value.DayNumber);
        var window = WindowDays(a.TimePrecision, b.TimePrecision);
        if (!DatesOverlap(a, b, gap))
        {
            return (0, "different days");
        }

        var place = PlaceScore(a, b);
        if (place < 0)
        {
            return (0, "different places");
        }

        var type = TypeScore(a.SubEventType, b.SubEventType);
        if (type == 0)
        {
            return (0, "incompatible sub-event types");
        }

        var actors = ActorScore(a, b);
        if (actors == 0)
        {
            return (0, "different actors");
        }

        if ((a.IsReadDay || b.IsReadDay) && (type < 1 || actors < 1))
        {
            // A read day tells nothing of the day: only the same sub-event type and the same actors can stand for it.
            return (0, "a read day needs the same type and actors");
        }

        // An exact date beats a date a day off; within a month-precise date's window a week counts as a day. A read day
        // tells nothing of the event's day: neither agreement nor disagreement.
        var date = a.IsReadDay || b.IsReadDay ? ReadDayDateScore : 1.0 / (1 + (gap / (window > 7 ? 7.0 : 1.0)));
        var score = (TypeWeight * type) + (ActorWeight * actors) + (PlaceWeight * place) + (DateWeight * date) + (TollWeight * TollScore(a.Fatalities, b.Fatalities));
        return (score, null);
    }

    /// <summary>1 for one sub-event type, 0.6 for two of one event type or a listed cross-type pair, 0 otherwise.</summary>
    public static double TypeScore(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        if (CompatibleTypes.Contains((a, b)))
        {
            return 0.6;
        }

        var typeA = EventTypeOf(a);
        return typeA is not null && typeA == EventTypeOf(b) ? 0.6 : 0;
    }

    /// <summary>1 for the same place (gazetteer entry, or the same name at the same precision, within the tolerance
    /// of the less precise place; or no distance), falling linearly to 0 at that tolerance; 0.8 for a town inside the
    /// region a region-level place names (within its tolerance or in its admin1), and for two places without
    /// coordinates in one admin1; -1 when the places are too far apart.</summary>
    public static double PlaceScore(AtomKey a, AtomKey b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var samePlace = (a.GazetteerId is not null && string.Equals(a.GazetteerId, b.GazetteerId, StringComparison.Ordinal)) ||
                        (a.GeoPrecision == b.GeoPrecision && !string.IsNullOrEmpty(a.Location) && string.Equals(a.Location, b.Location, StringComparison.OrdinalIgnoreCase));
        var sameRegion = SameRegion(a.Admin1, b.Admin1);
        // A region-level place that names no region (the country, a part of it) may hold any place of the country.
        var countryWide = IsCountryWide(a) || IsCountryWide(b);
        if (a.Latitude is null || a.Longitude is null || b.Latitude is null || b.Longitude is null)
        {
            // Without coordinates (a place the gazetteer does not know, a ship at sea) only the names compare.
            return samePlace ? 1 : sameRegion ? RegionScore : countryWide ? CountryPlaceScore : -1;
        }

        // Two points farther apart than the tolerance are two places, whatever their names say (namesakes).
        var tolerance = PlaceToleranceKm(Math.Max(a.GeoPrecision, b.GeoPrecision));
        var regional = IsRegional(a.GeoPrecision, b.GeoPrecision);
        var inDistrict = sameRegion && (InDistrictSeatedAt(a, b) || InDistrictSeatedAt(b, a));
        if (!inDistrict && TooFarByLatitude(a.Latitude.Value, a.GeoPrecision, b.Latitude.Value, b.GeoPrecision))
        {
            // A degree of latitude is 111 km anywhere: too far apart without the great-circle distance.
            return -1;
        }

        var km = GeoMath.DistanceKm(a.Latitude.Value, a.Longitude.Value, b.Latitude.Value, b.Longitude.Value);
        if (km > tolerance)
        {
            // A region-level place says only "somewhere in the region": a town inside it agrees with it; so does a
            // town with the district its seat names (the district's seat, "in Igabi", may mean the whole district).
            return (regional && sameRegion) || (inDistrict && km <= DistrictToleranceKm) ? RegionScore : countryWide ? CountryPlaceScore : -1;
        }

        return samePlace ? 1 : regional ? RegionScore : 1 - (km / tolerance);
    }

    /// <summary>Two first-order region names of one region ("Kaduna State" and "Kaduna"), compared without their region word.</summary>
    private static bool SameRegion(string? a, string? b) =>
        !string.IsNullOrEmpty(a) && !string.IsNullOrEmpty(b) &&
        (string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || RegionNames.Same(a, b));

    /// <summary>Whether <paramref name="town"/> lies in the district (admin2) that <paramref name="seat"/>, a place named
    /// like its own district, is the seat of.</summary>
    private static bool InDistrictSeatedAt(AtomKey town, AtomKey seat) =>
        !string.IsNullOrEmpty(town.Admin2) && NamesItsDistrict(seat) && RegionNames.Same(town.Admin2, seat.Admin2!);

    /// <summary>Whether a place is named like the district (admin2) it lies in, so a report naming it may mean the whole
    /// district: it is compared with every town of its region up to <see cref="DistrictToleranceKm"/>, not only with
    /// those within its own tolerance (candidate searches that sort towns by latitude read it always).</summary>
    public static bool NamesItsDistrict(AtomKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.GeoPrecision < 3 && !string.IsNullOrEmpty(key.Admin2) && !string.IsNullOrEmpty(key.Location) && RegionNames.Same(key.Location, key.Admin2);
    }

    private static bool IsCountryWide(AtomKey key) => key.GeoPrecision >= 3 && string.IsNullOrEmpty(key.Admin1);

    /// <summary>True when either place is region-level (geo precision 3), so distance alone cannot rule it out.</summary>
    public static bool IsRegional(int geoPrecisionA, int geoPrecisionB) => Math.Max(geoPrecisionA, geoPrecisionB) >= 3;

    /// <summary>True when two points of these precisions are too far apart in latitude alone to be one place (the
    /// quick test <see cref="PlaceScore"/> starts with, for callers that keep coordinates beside their candidates).</summary>
    public static bool TooFarByLatitude(double latitudeA, int geoPrecisionA, double latitudeB, int geoPrecisionB) =>
        !IsRegional(geoPrecisionA, geoPrecisionB) &&
        Math.Abs(latitudeA - latitudeB) * KmPerDegree > PlaceToleranceKm(Math.Max(geoPrecisionA, geoPrecisionB));

    public static bool SamePlace(AtomKey a, AtomKey b) => PlaceScore(a, b) >= 0;

    /// <summary>
    /// How well the actor pairs agree, in either order: 1 for the same names, 0.8 when the names one report gives are
    /// among the other's, 0.6 when a name pairs only with a compatible one (an unidentified armed group with a named
    /// armed group; protesters with rioters; police with the military of the same country), 0.5 when a report names
    /// nobody, and 0 when a name matches nothing on the other side. Names compare without ACLED's regime period.
    /// </summary>
    public static double ActorScore(AtomKey a, AtomKey b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (a1, a2) = Named(a);
        var (b1, b2) = Named(b);
        var countA = (a1.Length > 0 ? 1 : 0) + (a2.Length > 0 ? 1 : 0);
        var countB = (b1.Length > 0 ? 1 : 0) + (b2.Length > 0 ? 1 : 0);
        if (countA == 0 || countB == 0)
        {
            return 0.5;
        }

        // Each order: every named actor of one side set against the same side of the other record.
        var straight = Side(a1, b1) * Side(a2, b2);
        var crossed = Side(a1, b2) * Side(a2, b1);
        var best = Math.Max(straight, crossed);
        if (best == 0)
        {
            return 0;
        }

        return countA == countB ? best : Math.Min(best, 0.8);
    }

    /// <summary>The two actor names without regime periods; a name given on both sides counts once.</summary>
    private static (string First, string Second) Named(AtomKey key)
    {
        var (first, second) = (Bare(key.Actor1), Bare(key.Actor2));
        return string.Equals(first, second, StringComparison.OrdinalIgnoreCase) ? (first, string.Empty) : (first, second);
    }

    /// <summary>A side of a pair: 1 when one record leaves it empty or both name the same actor, 0.6 for compatible
    /// actors, 0 for two different organisations.</summary>
    private static double Side(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0 || string.Equals(x, y, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return Compatible(x, y) || Compatible(y, x) ? 0.6 : 0;
    }

    private static bool Compatible(string x, string y)
    {
        if (x.StartsWith("Unidentified Armed Group", StringComparison.OrdinalIgnoreCase))
        {
            return !IsCollective(y) && !y.StartsWith("Military Forces", StringComparison.OrdinalIgnoreCase) && !y.StartsWith("Police Forces", StringComparison.OrdinalIgnoreCase);
        }

        if (x.StartsWith("Protesters", StringComparison.OrdinalIgnoreCase))
        {
            return y.StartsWith("Rioters", StringComparison.OrdinalIgnoreCase);
        }

        // The state of one country: its police, its military and its government.
        var stateX = StateOf(x);
        return stateX is not null && string.Equals(stateX, StateOf(y), StringComparison.OrdinalIgnoreCase);
    }

    private static string? StateOf(string name) =>
        name.StartsWith("Police Forces of ", StringComparison.OrdinalIgnoreCase) ? name["Police Forces of ".Length..]
        : name.StartsWith("Military Forces of ", StringComparison.OrdinalIgnoreCase) ? name["Military Forces of ".Length..]
        : name.StartsWith("Government of ", StringComparison.OrdinalIgnoreCase) ? name["Government of ".Length..]
        : null;

    /// <summary>Civilians, protesters and rioters: groups of people, never an armed organisation.</summary>
    private static bool IsCollective(string name) =>
        name.StartsWith("Civilians", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Protesters", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("Rioters", StringComparison.OrdinalIgnoreCase);

    /// <summary>1 when the tolls agree, falling with their ratio ((low + 1) / (high + 1)); 0.5 when a report gives none
    /// (no figure, or 0 beside a figure: most reports that count no dead simply do not say).</summary>
    public static double TollScore(int? a, int? b) => (a, b) switch
    {
        ({ } x, { } y) when x == y => 1,
        ({ } x, { } y) when x > 0 && y > 0 => (Math.Min(x, y) + 1.0) / (Math.Max(x, y) + 1.0),
        _ => 0.5,
    };

    /// <summary>A catalogue name without its trailing regime period ("Military Forces of Mali (2021-)").</summary>
    public static string Bare(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // "... (YYYY-)" or "... (YYYY-YYYY)": checked by hand, as this runs inside the candidate loop.
        var open = name.LastIndexOf(" (", StringComparison.Ordinal);
        if (open < 0 || !name.EndsWith(')'))
        {
            return name;
        }

        var inside = name.AsSpan(open + 2, name.Length - open - 3);
        var isPeriod = inside.Length is 5 or 9 && inside[4] == '-' && char.IsAsciiDigit(inside[0]) && char.IsAsciiDigit(inside[3]) &&
                       (inside.Length == 5 || (char.IsAsciiDigit(inside[5]) && char.IsAsciiDigit(inside[8])));
        return isPeriod ? name[..open] : name;
    }

    private static readonly Dictionary<string, string> EventTypes = Taxonomy.Default.All
        .GroupBy(c => c.SubEventType, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().EventType, StringComparer.Ordinal);

    private static string? EventTypeOf(string subEventType) => EventTypes.GetValueOrDefault(subEventType);

    private static HashSet<(string, string)> Pairs(params (string, string)[] pairs) =>
        [.. pairs.SelectMany(p => new[] { p, (p.Item2, p.Item1) })];

    private static string SourceNote(AtomKey key) => key.DateSource switch
    {
        DateSource.ReadDay => ", read day",
        DateSource.ReadDayWeekday => $", a {key.Date?.DayOfWeek} before the read day",
        DateSource.Publication => ", page date",
        _ => string.Empty,
    };

    /// <summary>The fields on which two keys differ, each as "field: this vs that" (for listing merge decisions).</summary>
    public static IReadOnlyList<string> Differences(AtomKey a, AtomKey b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var list = new List<string>();
        if (a.Iso != b.Iso)
        {
            list.Add($"country: {a.Iso} vs {b.Iso}");
        }

        if (a.Date != b.Date || a.TimePrecision != b.TimePrecision || a.DateSource != b.DateSource)
        {
            list.Add($"date: {a.Date:yyyy-MM-dd} (precision {a.TimePrecision}{SourceNote(a)}) vs {b.Date:yyyy-MM-dd} (precision {b.TimePrecision}{SourceNote(b)})");
        }

        if (a.SubEventType != b.SubEventType)
        {
            list.Add($"sub-event type: {a.SubEventType} vs {b.SubEventType}");
        }

        if (ActorScore(a, b) < 1)
        {
            list.Add($"actors: {a.Actor1} | {a.Actor2} vs {b.Actor1} | {b.Actor2}");
        }

        if (a.GazetteerId is null || a.GazetteerId != b.GazetteerId)
        {
            var km = a.Latitude is { } la && a.Longitude is { } lo && b.Latitude is { } lb && b.Longitude is { } mb
                ? $", {Geo.GeoMath.DistanceKm(la, lo, lb, mb):0} km apart" : string.Empty;
            if (a.Location != b.Location || km.Length == 0 || a.GazetteerId != b.GazetteerId)
            {
                list.Add($"place: {a.Location} (precision {a.GeoPrecision}, {Regions(a)}) vs {b.Location} (precision {b.GeoPrecision}, {Regions(b)}){km}");
            }
        }

        if (a.Fatalities != b.Fatalities)
        {
            list.Add($"fatalities: {a.Fatalities} vs {b.Fatalities}");
        }

        return list;
    }

    /// <summary>The region, and the district after it when the key has one ("Kaduna / Igabi").</summary>
    private static string Regions(AtomKey key) =>
        string.IsNullOrEmpty(key.Admin2) ? key.Admin1 ?? string.Empty : $"{key.Admin1} / {key.Admin2}";
}
