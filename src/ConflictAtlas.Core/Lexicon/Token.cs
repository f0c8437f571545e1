using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Lexicon;

/// <summary>A word or number of the text: its span, its surface form and its folded form.</summary>
public readonly record struct Token(TextSpan Span, string Surface, string Folded)
{
    public bool IsCapitalized => Surface.Length > 0 && char.IsUpper(Surface[0]);

    public bool IsAllUpper => Surface.Length > 1 && Surface.All(c => !char.IsLetter(c) || char.IsUpper(c));

    public bool IsNumber => Surface.Length > 0 && Surface.All(char.IsAsciiDigit);
}
