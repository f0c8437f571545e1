namespace ConflictAtlas.Core.Evaluation;

/// <summary>Detection precision/recall/F1 over events and per-field accuracy over matched events.</summary>
public sealed record EvaluationReport(int Documents, int GoldEvents, int PredictedEvents, int Matched, IReadOnlyList<FieldScore> Fields)
{
    public double Precision => PredictedEvents == 0 ? 1.0 : (double)Matched / PredictedEvents;

    public double Recall => GoldEvents == 0 ? 1.0 : (double)Matched / GoldEvents;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Every score by name: detection_precision, detection_recall, detection_f1 and one per field.</summary>
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

        return scores;
    }
}
