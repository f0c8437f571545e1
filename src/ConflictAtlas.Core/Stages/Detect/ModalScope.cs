using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>Where a future or hypothetical cue reaches: the words after it, in the same clause, not the whole sentence.</summary>
public static class ModalScope
{
    /// <summary>A future or hypothetical cue only governs words this many tokens after it.</summary>
    public const int Reach = 8;

    /// <summary>Whether a future or hypothetical cue governs the word at <paramref name="token"/> (starting at
    /// <paramref name="start"/>): it comes before it, within <see cref="Reach"/> tokens, in the same clause.</summary>
    public static bool Governs(string text, PhraseMatch<ModalCue> cue, int token, int start)
    {
        ArgumentNullException.ThrowIfNull(cue);
        return cue.Values.Any(IsModalBefore) && cue.FirstToken < token && token - (cue.FirstToken + cue.TokenCount) <= Reach &&
               !HasClauseBreak(text, cue.Span.End, start);
    }

    /// <summary>Whether a semicolon or colon lies between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static bool HasClauseBreak(string text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        return from < to && text.AsSpan(from, to - from).IndexOfAny(";:") >= 0;
    }

    /// <summary>A future or hypothetical cue that governs the words after it (not the whole sentence).</summary>
    private static bool IsModalBefore(ModalCue cue) => !cue.Anywhere && cue.Kind is ModalKind.Future or ModalKind.Hypothetical;
}
