using System.Globalization;
using System.Text;

namespace ConflictAtlas.Core.Lexicon;

/// <summary>Case and accent folding used by every lexicon lookup ("Ségou" and "segou" compare equal).</summary>
public static class TextNormalizer
{
    private static readonly Dictionary<char, string> Plain = ResourceFile.ReadRows("diacritics.tsv")
        .ToDictionary(r => r[0][0], r => ResourceFile.Field(r, 1));

    /// <summary>Letters of the fewest a word keeps after a conjunction or the article is taken off ("وفي" is "في").</summary>
    public const int MinimumStemAfterPrefix = 2;

    /// <summary>Letters of the fewest a word keeps after a bare preposition is taken off ("بطرابلس", not "بين").</summary>
    public const int MinimumStemAfterPreposition = 3;

    private static readonly (string[] Conjunctions, string[] Prepositions, string[] Articles) Prefixes = ReadPrefixes();

    private static readonly HashSet<char> PrefixLetters = [.. Prefixes.Conjunctions.Concat(Prefixes.Prepositions).Concat(Prefixes.Articles).Select(p => p[0])];

    /// <summary>The lowest and highest prefix letter: a quick test that keeps Latin text off the set lookup.</summary>
    private static readonly (char Low, char High) PrefixRange = PrefixLetters.Count == 0 ? ('\uffff', '\0') : (PrefixLetters.Min(), PrefixLetters.Max());

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
        var prefixed = false;
        foreach (var c in text)
        {
            if (!prefixed && c >= PrefixRange.Low && c <= PrefixRange.High && PrefixLetters.Contains(c))
            {
                prefixed = true;
            }

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

        return prefixed ? StripPrefixes(sb.ToString()) : sb.ToString();
    }

    /// <summary>
    /// Takes the attached conjunction, preposition and article off every word that starts with one
    /// (<c>conjunction-prefixes</c>, <c>preposition-prefixes</c>, <c>article-prefixes</c> in <c>words.tsv</c>), so a
    /// folded word is its bare form. Only the letters of a word change, so phrases and text fold alike.
    /// </summary>
    private static string StripPrefixes(string folded)
    {
        var sb = new StringBuilder(folded.Length);
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetter(folded[i]))
            {
                sb.Append(folded[i]);
                i++;
                continue;
            }

            var end = i;
            while (end < folded.Length && char.IsLetter(folded[end]))
            {
                end++;
            }

            var word = folded.AsSpan(i, end - i);
            if (end < folded.Length && char.IsAsciiDigit(folded[end]) && Prefixes.Conjunctions.Contains(word.ToString()))
            {
                // "و3" (and 3): the conjunction written onto a figure.
                i = end;
                continue;
            }

            sb.Append(PrefixLetters.Contains(word[0]) ? Bare(word) : word);
            i = end;
        }

        return sb.ToString();
    }

    /// <summary>
    /// The length of the conjunction (<c>conjunction-prefixes</c> in <c>words.tsv</c>: "و", "ف") written onto the
    /// start of <paramref name="word"/>, or 0 when it has none or too little of the word would remain
    /// (<see cref="MinimumStemAfterPreposition"/> letters). Whether the letter belongs to a name is for the caller to judge.
    /// </summary>
    public static int AttachedConjunctionLength(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var conjunction in Prefixes.Conjunctions)
        {
            if (word.Count(char.IsLetter) - conjunction.Length >= MinimumStemAfterPreposition && word.StartsWith(conjunction[0]) &&
                FoldLetters(word[..conjunction.Length]) == conjunction)
            {
                return conjunction.Length;
            }
        }

        return 0;
    }

    private static ReadOnlySpan<char> Bare(ReadOnlySpan<char> word)
    {
        foreach (var conjunction in Prefixes.Conjunctions)
        {
            if (word.StartsWith(conjunction, StringComparison.Ordinal) && word.Length - conjunction.Length >= MinimumStemAfterPrefix)
            {
                word = word[conjunction.Length..];
                break;
            }
        }

        foreach (var article in Prefixes.Articles)
        {
            if (WithoutArticle(word, article, out var bare))
            {
                return bare;
            }

            foreach (var preposition in Prefixes.Prepositions)
            {
                if (word.StartsWith(preposition, StringComparison.Ordinal) && WithoutArticle(word[preposition.Length..], article, out bare))
                {
                    return bare;
                }
            }
        }

        foreach (var preposition in Prefixes.Prepositions)
        {
            if (word.StartsWith(preposition, StringComparison.Ordinal) && word.Length - preposition.Length >= MinimumStemAfterPreposition)
            {
                // "بولاية" (in the province) folds as "ولاية" alone does, whose first letter may also be read as the
                // conjunction: the word after a preposition is folded the same way as a word standing alone.
                return Bare(word[preposition.Length..]);
            }
        }

        return word;
    }

    private static bool WithoutArticle(ReadOnlySpan<char> word, string article, out ReadOnlySpan<char> bare)
    {
        var found = word.StartsWith(article, StringComparison.Ordinal) && word.Length - article.Length >= MinimumStemAfterPrefix;
        bare = found ? word[article.Length..] : word;
        return found;
    }

    /// <summary>
    /// <paramref name="text"/> with Eastern Arabic and Persian digits written as 0-9, and nothing else changed: the
    /// same length, so an offset into the result is an offset into the text.
    /// </summary>
    public static string AsciiDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsNonAsciiDigit))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = IsNonAsciiDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c;
            }
        });
    }

    private static bool IsNonAsciiDigit(char c) => c > 127 && char.IsDigit(c) && char.GetNumericValue(c) is >= 0 and <= 9;

    private static (string[], string[], string[]) ReadPrefixes()
    {
        // Read straight from the file: the word lists fold their phrases with this class.
        string[] Of(string list) => [.. ResourceFile.ReadRows("words.tsv").Where(r => r.Length >= 3 && r[0].Trim() == list)
            .SelectMany(r => ResourceFile.SplitList(r[2])).Select(FoldLetters).OrderByDescending(p => p.Length)];

        return (Of("conjunction-prefixes"), Of("preposition-prefixes"), Of("article-prefixes"));
    }

    /// <summary>Letters mapped through the diacritics table, without taking prefixes off (the prefixes themselves).</summary>
    private static string FoldLetters(string text) =>
        string.Concat(text.Select(c => Plain.TryGetValue(c, out var plain) ? plain : char.ToLowerInvariant(c).ToString()));

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
