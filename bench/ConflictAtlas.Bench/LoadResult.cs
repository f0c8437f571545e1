namespace ConflictAtlas.Bench;

/// <summary>The sorted latencies (ms) of one request mix, the seconds it ran and the responses that were not 200.</summary>
public sealed record LoadResult(double[] Sorted, double Seconds, int Errors, string? FirstError)
{
    public int Count => Sorted.Length;

    public double PerSecond => Sorted.Length / Seconds;

    /// <summary>The nearest-rank percentile.</summary>
    public double P(double percentile) =>
        Sorted.Length == 0 ? double.NaN : Sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * Sorted.Length) - 1, 0, Sorted.Length - 1)];
}
