namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// A short aside in brackets right after a listed place ("Annaba (east), Bouira (centre) and Oran"): it qualifies the
/// place before it, so it neither joins nor breaks the list, and a bearing inside it is no cue for the next name.
/// </summary>
public static class PlaceAside
{
    /// <summary>The most words such an aside holds.</summary>
    public const int MaxWords = 2;

    /// <summary><paramref name="between"/> without a short bracketed aside at its start (spaces before it kept off).</summary>
    public static string WithoutLeading(string between)
    {
        ArgumentNullException.ThrowIfNull(between);
        var trimmed = between.TrimStart();
        var close = trimmed.IndexOf(')', StringComparison.Ordinal);
        if (!trimmed.StartsWith('(') || close < 0)
        {
            return between;
        }

        var inside = trimmed[1..close];
        return inside.Contains('\n', StringComparison.Ordinal) || inside.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords
            ? between
            : trimmed[(close + 1)..];
    }

    /// <summary>Whether a bracket closes between two words: what stands before it is an aside.</summary>
    public static bool ClosesBetween(string text, int end, int start) => start > end && text.AsSpan(end, start - end).Contains(')');
}
