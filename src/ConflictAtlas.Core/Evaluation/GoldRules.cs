using System.Globalization;
using System.Text.RegularExpressions;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Geo;

namespace ConflictAtlas.Core.Evaluation;

/// <summary>
/// When a predicted field agrees with a gold event, reading the gold fully:
/// <list type="bullet">
/// <item>sub-event type: the gold's or one of its <c>alt_sub_event_types</c>; the event type agrees with the gold's or
/// with the type of an accepted alternative;</item>
/// <item>date: within the tolerance of the gold's <c>time_precision</c>: 1 (or none) the same day, 2 within 7 days,
/// 3 the same month;</item>
/// <item>place: within <see cref="LocationToleranceKm"/> of the gold coordinates, or, where the gold has none
/// (<c>latitude: null</c>), by name: the same name for a town (<c>geo_precision</c> 1), the predicted name word for
/// word within the gold's for a place near a town or in a region (2, 3; <see cref="NameWithin"/>);</item>
/// <item>actors: the gold name or one of its <c>alt_actor1</c>/<c>alt_actor2</c>, compared by <see cref="ActorNames"/>;
/// for a Protests event the protesters and the intervening force may come in either order.</item>
/// </list>
/// </summary>
public sealed partial class GoldRules(ActorNames actorNames)
{
    public const double LocationToleranceKm = 25;

    /// <summary>Days a date may be off when the gold's <c>time_precision</c> is 2 (a week or a range of days).</summary>
    public const int WeekToleranceDays = 7;

    private const string ProtestsType = "Protests";

    public static bool TypeAgrees(ConflictEvent p, GoldEvent g)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(g);
        return string.Equals(p.Class.Value.EventType, g.EventType, StringComparison.Ordinal) ||
               g.AltSubEventTypes.Contains(p.Class.Value.SubEventType, StringComparer.Ordinal);
    }

    public static bool SubTypeAgrees(ConflictEvent p, GoldEvent g)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(g);
        return string.Equals(p.Class.Value.SubEventType, g.SubEventType, StringComparison.Ordinal) ||
               g.AltSubEventTypes.Contains(p.Class.Value.SubEventType, StringComparer.Ordinal);
    }

    public static bool DateAgrees(ConflictEvent p, GoldEvent g)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(g);
        return p.Date is not null && DateAgrees(p.Date.Value.Date, g);
    }

    /// <summary>Whether <paramref name="predicted"/> falls within the tolerance of the gold date (see the class summary).</summary>
    public static bool DateAgrees(DateOnly predicted, GoldEvent g)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (g.EventDate is null || !DateOnly.TryParseExact(g.EventDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var gold))
        {
            return false;
        }

        return g.TimePrecision switch
        {
            2 => Math.Abs(predicted.DayNumber - gold.DayNumber) <= WeekToleranceDays,
            3 => predicted.Year == gold.Year && predicted.Month == gold.Month,
            _ => predicted == gold,
        };
    }

    /// <summary>The tolerance of a gold date in words ("same day", "within 7 days", "same month").</summary>
    public static string DateTolerance(GoldEvent g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return g.TimePrecision switch
        {
            2 => $"within {WeekToleranceDays} days",
            3 => "same month",
            _ => "same day",
        };
    }

    public static bool NearEnough(ConflictEvent p, GoldEvent g)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(g);
        if (p.Place is null)
        {
            return false;
        }

        if (DistanceKm(p, g) is { } km)
        {
            return km <= LocationToleranceKm;
        }

        if (g.Location is null)
        {
            return false;
        }

        // A town (geo_precision 1) is named exactly; a gold place near a town or part of a region is a description
        // ("Ansongo-Gao road", "Kayes border region") that the town or region it names matches.
        return g.GeoPrecision is >= 2
            ? NameWithin(p.Place.Value.Name, g.Location)
            : string.Equals(Lexicon.TextNormalizer.PlaceKey(p.Place.Value.Name), Lexicon.TextNormalizer.PlaceKey(g.Location), StringComparison.Ordinal);
    }

    /// <summary>Whether the words of a place name stand, in order, among the words of a gold location named without
    /// coordinates ("Kayes" in "Kayes border region", "Ansongo" in "Ansongo-Gao road"); words compare
    /// by their place key (case, accents and transliteration).</summary>
    public static bool NameWithin(string predicted, string gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var words = Words(predicted);
        var within = Words(gold);
        if (words.Count == 0)
        {
            return false;
        }

        for (var i = 0; i + words.Count <= within.Count; i++)
        {
            if (words.Select((w, k) => string.Equals(w, within[i + k], StringComparison.Ordinal)).All(x => x))
            {
                return true;
            }
        }

        return string.Equals(Lexicon.TextNormalizer.PlaceKey(predicted), Lexicon.TextNormalizer.PlaceKey(gold), StringComparison.Ordinal);
    }

    private static List<string> Words(string name) =>
        [.. NonWord().Split(Lexicon.TextNormalizer.Fold(name)).Select(Lexicon.TextNormalizer.PlaceKey).Where(w => w.Length > 0)];

    [GeneratedRegex(@"[^\p{L}\p{N}']+")]
    private static partial Regex NonWord();

    /// <summary>Kilometres from the predicted place to the gold coordinates; null when either is missing.</summary>
    public static double? DistanceKm(ConflictEvent p, GoldEvent g)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(g);
        return p.Place is { } place && g.Latitude is { } lat && g.Longitude is { } lon
            ? GeoMath.DistanceKm(place.Value.Latitude, place.Value.Longitude, lat, lon)
            : null;
    }

    /// <summary>Whether actor1 and actor2 agree; for a Protests event with both gold actors, the better of the two orders.</summary>
    public (bool Actor1, bool Actor2) ActorsAgree(ConflictEvent p, GoldEvent g)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(g);
        var a1 = p.Actor1?.Value.Name;
        var a2 = p.Actor2?.Value.Name;
        var straight = (actorNames.Agree(a1, g.Actor1, g.AltActor1), actorNames.Agree(a2, g.Actor2, g.AltActor2));
        if (!string.Equals(g.EventType, ProtestsType, StringComparison.Ordinal) || string.IsNullOrEmpty(g.Actor1) || string.IsNullOrEmpty(g.Actor2))
        {
            return straight;
        }

        var swapped = (actorNames.Agree(a2, g.Actor1, g.AltActor1), actorNames.Agree(a1, g.Actor2, g.AltActor2));
        return Right(swapped) > Right(straight) ? swapped : straight;
    }

    /// <summary>The fields on which a prediction disagrees with a gold event, in words, for error listings:
    /// type, date and place (the fields that decide pairing), then the actors.</summary>
    public List<string> Disagreements(ConflictEvent p, GoldEvent g)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(g);
        var result = new List<string>();
        if (!TypeAgrees(p, g) || !SubTypeAgrees(p, g))
        {
            result.Add($"type {p.Class.Value.SubEventType} vs {g.SubEventType}");
        }

        if (!DateAgrees(p, g))
        {
            var date = p.Date?.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";
            result.Add($"date {date} vs {g.EventDate ?? "none"} ({DateTolerance(g)})");
        }

        if (!NearEnough(p, g))
        {
            var km = DistanceKm(p, g) is { } d ? $", {d.ToString("0", CultureInfo.InvariantCulture)} km" : string.Empty;
            result.Add($"place {p.Place?.Value.Name ?? "none"} vs {g.Location ?? "none"}{km}");
        }

        var (actor1, actor2) = ActorsAgree(p, g);
        if (!actor1 && !string.IsNullOrEmpty(g.Actor1))
        {
            result.Add($"actor1 {p.Actor1?.Value.Name ?? "none"} vs {g.Actor1}");
        }

        if (!actor2 && !string.IsNullOrEmpty(g.Actor2))
        {
            result.Add($"actor2 {p.Actor2?.Value.Name ?? "none"} vs {g.Actor2}");
        }

        return result;
    }

    private static int Right((bool A, bool B) x) => (x.A ? 1 : 0) + (x.B ? 1 : 0);
}
