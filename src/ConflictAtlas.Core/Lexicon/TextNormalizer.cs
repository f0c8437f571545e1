using System.Globalization;
using System.Text;

namespace ConflictAtlas.Core.Lexicon;

/// <summary>Case and accent folding used by every lexicon lookup ("Ségou" and "segou" compare equal).</summary>
public static class TextNormalizer
{
    private static readonly Dictionary<char, string> Plain = ResourceFile.ReadRows("diacritics.tsv")
        .ToDictionary(r => r[0][0], r => r[1]);

    /// <summary>
    /// Lower case, accents removed, typographic apostrophes and dashes made plain. Works without ICU (the
    /// invariant-globalization mode in which string normalization does nothing): letters are mapped from a table
    /// and combining marks are dropped.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 127 || char.IsUpper(c))
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 128)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (Plain.TryGetValue(c, out var plain))
            {
                sb.Append(plain);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else
            {
                sb.Append(c switch
                {
                    '\u2019' or '\u2018' or '\u02BC' => '\'',
                    '\u2013' or '\u2014' or '\u2011' => '-',
                    _ => char.ToLowerInvariant(c),
                });
            }
        }

        return sb.ToString();
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
