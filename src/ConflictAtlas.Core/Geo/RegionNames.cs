using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Geo;

/// <summary>
/// Compares first-order region names as the gazetteer's sources write them: "Tahoua Region" and "Tahoua", "Borno
/// State" and "Borno" are one region. Case and accents are ignored, and so is a region word (<c>region-words</c> in
/// <c>words.tsv</c>) that opens or closes the name.
/// </summary>
public static class RegionNames
{
    private static readonly HashSet<string> RegionWords = WordLists.Default.Folded(WordList.RegionWords);

    /// <summary>Whether two region names name one region.</summary>
    public static bool Same(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return string.Equals(Key(a), Key(b), StringComparison.Ordinal);
    }

    /// <summary>The folded words of a region name without a region word at either end.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Tokenizer.Tokenize(name).Select(t => t.Folded).ToList();
        if (words.Count > 1 && RegionWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 1 && RegionWords.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }
}
