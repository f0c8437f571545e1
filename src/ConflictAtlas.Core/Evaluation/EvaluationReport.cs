namespace ConflictAtlas.Core.Evaluation;

/// <summary>
/// Detection precision/recall/F1 over events and per-field accuracy over matched events. Predictions that paired with
/// an optional gold event (<see cref="OptionalMatched"/>) count neither as hits nor as false events. A score with
/// nothing to measure (no gold event, no counted prediction, no gold value of a field) is NaN and left out of
/// <see cref="Scores"/>.
/// </summary>
public sealed record EvaluationReport(int Documents, int GoldEvents, int PredictedEvents, int Matched, IReadOnlyList<FieldScore> Fields)
{
    /// <summary>Predictions that paired with an optional gold event.</summary>
    public int OptionalMatched { get; init; }

    /// <summary>The predictions that count for precision: all but those that paired with an optional event.</summary>
    public int CountedPredictions => PredictedEvents - OptionalMatched;

    public double Precision => CountedPredictions == 0 ? double.NaN : (double)Matched / CountedPredictions;

    public double Recall => GoldEvents == 0 ? double.NaN : (double)Matched / GoldEvents;

    /// <summary>F1; 0 when there is gold but no counted prediction or the reverse, NaN when there is neither.</summary>
    public double F1 => (GoldEvents, CountedPredictions) switch
    {
        (0, 0) => double.NaN,
        _ when Matched == 0 => 0,
        _ => 2 * Precision * Recall / (Precision + Recall),
    };

    /// <summary>Every measured score by name: detection_precision, detection_recall, detection_f1 and one per field.</summary>
    public IReadOnlyDictionary<string, double> Scores()
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["detection_precision"] = Precision,
            ["detection_recall"] = Recall,
            ["detection_f1"] = F1,
        };
        foreach (var f in Fields)
        {
            scores[f.Field] = f.Accuracy;
        }

        return scores.Where(kv => !double.IsNaN(kv.Value)).ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>The names <see cref="Scores"/> can hold, in print order.</summary>
    public static IReadOnlyList<string> ScoreNames { get; } = ["detection_precision", "detection_recall", "detection_f1", .. EventMatcher.FieldNames];
}
