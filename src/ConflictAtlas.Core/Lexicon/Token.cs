using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Lexicon;

/// <summary>A word or number of the text: its span, its surface form and its folded form.</summary>
public readonly record struct Token(TextSpan Span, string Surface, string Folded)
{
    public bool IsCapitalized => Surface.Length > 0 && char.IsUpper(Surface[0]);

    public bool IsAllUpper => Surface.Length > 1 && Surface.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>Digits only, in any script ("12", "١٢"): <see cref="Folded"/> holds them as 0-9.</summary>
    public bool IsNumber => Folded.Length > 0 && Folded.All(char.IsAsciiDigit);

    /// <summary>A word of a script without capitals (Arabic): it may be a name though it is not capitalised.</summary>
    public bool IsCaseless => Surface.Length > 0 && char.GetUnicodeCategory(Surface[0]) == System.Globalization.UnicodeCategory.OtherLetter;
}
