namespace ConflictAtlas.Core.Evaluation;

/// <summary>How often one field was right over the matched events that have it in gold.</summary>
public sealed record FieldScore(string Field, int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 1.0 : (double)Correct / Total;
}
