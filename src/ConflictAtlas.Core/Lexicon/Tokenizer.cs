using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Lexicon;

/// <summary>
/// Splits text into runs of letters and digits. Apostrophes, hyphens and all punctuation separate tokens, so
/// "Mali's" is "Mali" + "s" and "Tin-Zaouatene" is "Tin" + "Zaouatene"; phrases are tokenized the same way.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, TextSpan? within = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var range = within ?? new TextSpan(0, text.Length);
        var tokens = new List<Token>();
        var i = range.Start;
        while (i < range.End)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < range.End && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            var surface = text[start..i];
            tokens.Add(new Token(new TextSpan(start, i), surface, TextNormalizer.Fold(surface)));
        }

        return tokens;
    }

    /// <summary>The folded tokens of a phrase joined by single spaces: the key phrases are looked up by.</summary>
    public static string PhraseKey(string phrase) =>
        string.Join(' ', Tokenize(phrase).Select(t => t.Folded));
}
