using System.Globalization;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Geo;

namespace ConflictAtlas.Core.Evaluation;

/// <summary>
/// Pairs predicted events with gold events of the same report (greedily, best agreement first) and scores the
/// fields of each pair. A pair needs the same event type, or the same day and a place within
/// <see cref="LocationToleranceKm"/>.
/// </summary>
public sealed class EventMatcher
{
    public const double LocationToleranceKm = 25;

    private readonly Dictionary<string, (int Correct, int Total)> _fields = new(StringComparer.Ordinal);
    private int _documents;
    private int _gold;
    private int _predicted;
    private int _matched;

    public static IReadOnlyList<string> FieldNames { get; } =
    [
        "event_type", "sub_event_type", "event_date", "location_25km", "fatalities_exact", "fatalities_in_range", "actor1", "actor2",
    ];

    /// <summary>Every field a matched prediction got wrong: (field, predicted, gold), for error analysis.</summary>
    public List<(string Field, string? Predicted, string? Gold)> LastMismatches { get; } = [];

    public void Add(IReadOnlyList<ConflictEvent> predicted, IReadOnlyList<GoldEvent> gold)
    {
        LastMismatches.Clear();
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        _documents++;
        _gold += gold.Count;
        _predicted += predicted.Count;
        foreach (var (p, g) in Pair(predicted, gold))
        {
            _matched++;
            ScoreFields(predicted[p], gold[g]);
        }
    }

    /// <summary>
    /// The matched pairs (index of the predicted event, index of the gold event), chosen greedily by agreement,
    /// best first; each event is in at most one pair.
    /// </summary>
    public static List<(int Predicted, int Gold)> Pair(IReadOnlyList<ConflictEvent> predicted, IReadOnlyList<GoldEvent> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var pairs = new List<(int P, int G, int Score)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                var score = Agreement(predicted[p], gold[g]);
                if (score > 0)
                {
                    pairs.Add((p, g, score));
                }
            }
        }

        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var matched = new List<(int Predicted, int Gold)>();
        foreach (var (p, g, _) in pairs.OrderByDescending(x => x.Score))
        {
            if (usedP.Contains(p) || usedG.Contains(g))
            {
                continue;
            }

            usedP.Add(p);
            usedG.Add(g);
            matched.Add((p, g));
        }

        return matched;
    }

    public EvaluationReport Report() => new(
        _documents, _gold, _predicted, _matched,
        [.. FieldNames.Select(f => _fields.TryGetValue(f, out var v) ? new FieldScore(f, v.Correct, v.Total) : new FieldScore(f, 0, 0))]);

    private static int Agreement(ConflictEvent p, GoldEvent g)
    {
        var sameType = string.Equals(p.Class.Value.EventType, g.EventType, StringComparison.Ordinal);
        var sameDay = g.EventDate is not null && p.Date is not null &&
                      p.Date.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == g.EventDate;
        var near = NearEnough(p, g);
        if (!sameType && !(sameDay && near))
        {
            return 0;
        }

        return (sameType ? 4 : 0) + (string.Equals(p.Class.Value.SubEventType, g.SubEventType, StringComparison.Ordinal) ? 2 : 0) +
               (sameDay ? 2 : 0) + (near ? 3 : 0);
    }

    private static bool NearEnough(ConflictEvent p, GoldEvent g)
    {
        if (p.Place is null)
        {
            return false;
        }

        if (g.Latitude is { } lat && g.Longitude is { } lon)
        {
            return GeoMath.DistanceKm(p.Place.Value.Latitude, p.Place.Value.Longitude, lat, lon) <= LocationToleranceKm;
        }

        return g.Location is not null && string.Equals(
            Lexicon.TextNormalizer.PlaceKey(p.Place.Value.Name), Lexicon.TextNormalizer.PlaceKey(g.Location), StringComparison.Ordinal);
    }

    private void ScoreFields(ConflictEvent p, GoldEvent g)
    {
        var date = p.Date?.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Count("event_type", g.EventType is not null, p.Class.Value.EventType == g.EventType, p.Class.Value.EventType, g.EventType);
        Count("sub_event_type", g.SubEventType is not null, p.Class.Value.SubEventType == g.SubEventType, p.Class.Value.SubEventType, g.SubEventType);
        Count("event_date", g.EventDate is not null, date == g.EventDate, date, g.EventDate);
        Count("location_25km", g.Location is not null, NearEnough(p, g), p.Place?.Value.Name, g.Location);
        var best = p.Fatalities?.Value.Best ?? 0;
        Count("fatalities_exact", g.Fatalities is not null, best == g.Fatalities, best.ToString(CultureInfo.InvariantCulture), g.Fatalities?.ToString(CultureInfo.InvariantCulture));
        var low = g.FatalitiesLow ?? g.Fatalities;
        var high = g.FatalitiesHigh ?? g.Fatalities;
        Count("fatalities_in_range", low is not null, low <= best && best <= high);
        Count("actor1", !string.IsNullOrEmpty(g.Actor1), string.Equals(p.Actor1?.Value.Name, g.Actor1, StringComparison.Ordinal), p.Actor1?.Value.Name, g.Actor1);
        Count("actor2", !string.IsNullOrEmpty(g.Actor2), string.Equals(p.Actor2?.Value.Name, g.Actor2, StringComparison.Ordinal), p.Actor2?.Value.Name, g.Actor2);
    }

    private void Count(string field, bool applies, bool correct, string? predicted = null, string? gold = null)
    {
        if (!applies)
        {
            return;
        }

        if (!correct)
        {
            LastMismatches.Add((field, predicted, gold));
        }

        var (c, t) = _fields.GetValueOrDefault(field);
        _fields[field] = (c + (correct ? 1 : 0), t + 1);
    }
}
