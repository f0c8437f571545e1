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

    /// <summary>Whether a semicolon or colon lies between <paramref name="from"/> and <paramref name="to"/>; the colon
    /// of a clock time ("2:20 p.m.") is none.</summary>
    public static bool HasClauseBreak(string text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] == ';' || (text[i] == ':' && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A future or hypothetical cue that governs the words after it (not the whole sentence).</summary>
    private static bool IsModalBefore(ModalCue cue) => !cue.Anywhere && cue.Kind is ModalKind.Future or ModalKind.Hypothetical;
}
