using System.Globalization;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Geo;

namespace ConflictAtlas.Core.Evaluation;

/// <summary>
/// Pairs predicted events with gold events of the same report (greedily, best agreement first) and scores the
/// fields of each pair. A pair needs the same event type, or an agreeing date and a place within
/// <see cref="LocationToleranceKm"/>. The comparison reads the gold fully (<see cref="GoldRules"/>): alternative
/// sub-event types and actor names, the date tolerance of <c>time_precision</c>, the place name where the gold has no
/// coordinates, and the two actors of a Protests event in either order. Predictions that pair with an optional gold
/// event (<see cref="LabelledReport.Optional"/>) are neither hits nor false events.
/// </summary>
public sealed class EventMatcher
{
    public const double LocationToleranceKm = GoldRules.LocationToleranceKm;

    private readonly Dictionary<string, (int Correct, int Total)> _fields = new(StringComparer.Ordinal);
    private readonly GoldRules _rules;
    private int _documents;
    private int _gold;
    private int _predicted;
    private int _matched;
    private int _optional;

    public EventMatcher()
        : this(ActorNames.None)
    {
    }

    /// <summary>A matcher that accepts the other names <paramref name="actorNames"/> gives a predicted actor.</summary>
    public EventMatcher(ActorNames actorNames) => _rules = new GoldRules(actorNames);

    public static IReadOnlyList<string> FieldNames { get; } =
    [
        "event_type", "sub_event_type", "event_date", "location_25km", "fatalities_exact", "fatalities_in_range", "actor1", "actor2",
    ];

    /// <summary>Every field a matched prediction got wrong: (field, predicted, gold), for error analysis.</summary>
    public List<(string Field, string? Predicted, string? Gold)> LastMismatches { get; } = [];

    public void Add(IReadOnlyList<ConflictEvent> predicted, IReadOnlyList<GoldEvent> gold) => Add(predicted, gold, []);

    /// <summary>Scores one report: its predictions against its required and optional gold events.</summary>
    public ReportMatch Add(IReadOnlyList<ConflictEvent> predicted, IReadOnlyList<GoldEvent> gold, IReadOnlyList<GoldEvent> optional)
    {
        LastMismatches.Clear();
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(optional);
        var match = Match(predicted, gold, optional);
        _documents++;
        _gold += gold.Count;
        _predicted += predicted.Count;
        _optional += match.OptionalPairs.Count;
        foreach (var (p, g) in match.Pairs)
        {
            _matched++;
            ScoreFields(predicted[p], gold[g]);
        }

        return match;
    }

    /// <summary>
    /// Pairs the predictions with the required gold events, then the predictions left over with the optional ones;
    /// what is left on either side is a missed gold event or a false event.
    /// </summary>
    public static ReportMatch Match(IReadOnlyList<ConflictEvent> predicted, IReadOnlyList<GoldEvent> gold, IReadOnlyList<GoldEvent> optional)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(optional);
        var pairs = Pair(predicted, gold);
        var left = Enumerable.Range(0, predicted.Count).Except(pairs.Select(p => p.Predicted)).ToList();
        var optionalPairs = Pair([.. left.Select(i => predicted[i])], optional).Select(x => (left[x.Predicted], x.Gold)).ToList();
        var missed = Enumerable.Range(0, gold.Count).Except(pairs.Select(p => p.Gold)).ToList();
        var falses = left.Except(optionalPairs.Select(p => p.Item1)).ToList();
        return new ReportMatch(pairs, optionalPairs, missed, falses);
    }

    /// <summary>
    /// The matched pairs (index of the predicted event, index of the gold event): as many pairs as the events allow,
    /// and among those the greatest total agreement (an optimal assignment, so a tolerance that lets one prediction
    /// agree with two gold events never costs a pair); each event is in at most one pair.
    /// </summary>
    public static List<(int Predicted, int Gold)> Pair(IReadOnlyList<ConflictEvent> predicted, IReadOnlyList<GoldEvent> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var weights = new int[predicted.Count, gold.Count];
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                weights[p, g] = Agreement(predicted[p], gold[g]);
            }
        }

        return Assignment.MaximumPairs(weights);
    }

    public EvaluationReport Report() => new(
        _documents, _gold, _predicted, _matched,
        [.. FieldNames.Select(f => _fields.TryGetValue(f, out var v) ? new FieldScore(f, v.Correct, v.Total) : new FieldScore(f, 0, 0))])
    {
        OptionalMatched = _optional,
    };

    /// <summary>How close a prediction is to a gold event (0 when they may not pair): type 4, sub-event type 2,
    /// date 2, place 3.</summary>
    private static int Agreement(ConflictEvent p, GoldEvent g)
    {
        var sameType = GoldRules.TypeAgrees(p, g);
        var sameDay = GoldRules.DateAgrees(p, g);
        var near = GoldRules.NearEnough(p, g);
        if (!sameType && !(sameDay && near))
        {
            return 0;
        }

        return (sameType ? 4 : 0) + (GoldRules.SubTypeAgrees(p, g) ? 2 : 0) + (sameDay ? 2 : 0) + (near ? 3 : 0);
    }

    private void ScoreFields(ConflictEvent p, GoldEvent g)
    {
        var date = p.Date?.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Count("event_type", g.EventType is not null, GoldRules.TypeAgrees(p, g), p.Class.Value.EventType, g.EventType);
        Count("sub_event_type", g.SubEventType is not null, GoldRules.SubTypeAgrees(p, g), p.Class.Value.SubEventType, g.SubEventType);
        Count("event_date", g.EventDate is not null, GoldRules.DateAgrees(p, g), date, g.EventDate);
        Count("location_25km", g.Location is not null || g.Latitude is not null, GoldRules.NearEnough(p, g), p.Place?.Value.Name, g.Location);
        var best = p.Fatalities?.Value.Best ?? 0;
        Count("fatalities_exact", g.Fatalities is not null, best == g.Fatalities, best.ToString(CultureInfo.InvariantCulture), g.Fatalities?.ToString(CultureInfo.InvariantCulture));
        var low = g.FatalitiesLow ?? g.Fatalities;
        var high = g.FatalitiesUnbounded ? int.MaxValue : g.FatalitiesHigh ?? g.Fatalities;
        Count("fatalities_in_range", low is not null, low <= best && best <= high);
        var (actor1, actor2) = _rules.ActorsAgree(p, g);
        Count("actor1", !string.IsNullOrEmpty(g.Actor1), actor1, p.Actor1?.Value.Name, g.Actor1);
        Count("actor2", !string.IsNullOrEmpty(g.Actor2), actor2, p.Actor2?.Value.Name, g.Actor2);
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

/// <summary>How one report's predictions pair with its gold: pairs with required events (hits), pairs with optional
/// events (neither hits nor false events), the required gold events left unpaired and the predictions left unpaired.</summary>
public sealed record ReportMatch(
    IReadOnlyList<(int Predicted, int Gold)> Pairs,
    IReadOnlyList<(int Predicted, int Optional)> OptionalPairs,
    IReadOnlyList<int> MissedGold,
    IReadOnlyList<int> FalsePredicted);
