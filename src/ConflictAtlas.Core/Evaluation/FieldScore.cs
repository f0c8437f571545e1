namespace ConflictAtlas.Core.Evaluation;

/// <summary>How often one field was right over the matched events that have it in gold (NaN when none has it).</summary>
public sealed record FieldScore(string Field, int Correct, int Total)
{
    public double Accuracy => Total == 0 ? double.NaN : (double)Correct / Total;
}
