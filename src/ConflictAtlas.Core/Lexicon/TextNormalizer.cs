using System.Globalization;
using System.Text;

namespace ConflictAtlas.Core.Lexicon;

/// <summary>Case and accent folding used by every lexicon lookup ("Ségou" and "segou" compare equal).</summary>
public static class TextNormalizer
{
    /// <summary>Lower case, accents removed, typographic apostrophes and dashes made plain.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return text.ToLowerInvariant();
        }

        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(BaseLetter(raw) switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' => '\'',
                '\u2013' or '\u2014' or '\u2011' => '-',
                var c => char.ToLowerInvariant(c),
            });
        }

        return sb.ToString();
    }

    // Base letters of precomposed Latin letters (U+00C0-U+024F and U+1E00-U+1EFF), \0 where there is none. A
    // table rather than Unicode normalization, which the invariant globalization mode does not perform.
    private const string LatinBase = "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuytyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\0\0JjKkkLlLlLl\0\0LlNnNnNnn\0\0OoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzsb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0l\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0Uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0AaAa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0AaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

    private const string LatinExtendedAdditionalBase = "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy\0\0\0\0\0\0AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy\0\0\0\0\0\0";

    /// <summary>"é" -> 'e', "Ḥ" -> 'H', "ø" -> 'o'; other characters unchanged.</summary>
    public static char BaseLetter(char c)
    {
        var mapped = c switch
        {
            >= '\u00C0' and <= '\u024F' => LatinBase[c - '\u00C0'],
            >= '\u1E00' and <= '\u1EFF' => LatinExtendedAdditionalBase[c - '\u1E00'],
            _ => c,
        };
        return mapped == '\0' ? c : mapped;
    }

    /// <summary>
    /// A key for place names that tolerates transliteration: folded, letters only, "ou"/"w" read as "u",
    /// "é" as "e", doubled letters single, and a leading Arabic article ("al-", "el-") dropped.
    /// "Tin-Zaouatene" and "Tinzawatene" share a key.
    /// </summary>
    public static string PlaceKey(string name)
    {
        var folded = Fold(name);
        var sb = new StringBuilder(folded.Length);
        var start = 0;
        if (folded.StartsWith("al-", StringComparison.Ordinal) || folded.StartsWith("el-", StringComparison.Ordinal))
        {
            start = 3;
        }

        for (var i = start; i < folded.Length; i++)
        {
            var c = folded[i];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (c == 'o' && i + 1 < folded.Length && folded[i + 1] == 'u')
            {
                c = 'u';
                i++;
            }
            else if (c == 'w')
            {
                c = 'u';
            }

            if (sb.Length > 0 && sb[^1] == c)
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
