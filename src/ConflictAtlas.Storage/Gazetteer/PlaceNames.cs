using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Clean;

namespace ConflictAtlas.Storage.Gazetteer;

/// <summary>
/// Which names of a place become lookup keys. Names that are URLs or codes (airport codes, postal codes, anything
/// with digits) are skipped, as are names longer than <see cref="MaxTokens"/> words and names in a script other than
/// Latin unless it is the script of a language the coder reads (<see cref="IsReadScript"/>): "طرابلس" is a key, a
/// Persian or Russian spelling is not. A key in Arabic letters can only meet Arabic text, so it adds no place to a
/// report in English or French.
/// </summary>
public static class PlaceNames
{
    public const int MaxTokens = 5;

    /// <summary>Alternate-name languages of GeoNames that hold codes or links, not names.</summary>
    public static readonly IReadOnlySet<string> CodeLanguages = new HashSet<string>(StringComparer.Ordinal)
    {
        "link", "post", "iata", "icao", "faac", "wkdt", "unlc", "tcid", "abbr", "fr_1793",
    };

    private static readonly string[] RegionWords = [" region", " province", " state", " governorate", " district", " prefecture", " department", " county"];

    /// <summary>The key of a name, or null when the name is not one the gazetteer should answer to.</summary>
    public static string? KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        name = name.Trim();
        if (name.Length < 2 || name.Contains("://", StringComparison.Ordinal) || name.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ||
            name.Any(char.IsDigit) || IsCode(name))
        {
            return null;
        }

        var key = TextNormalizer.PlaceKey(name);
        if (key.Length < 2 || (key.Any(c => c > '\u024F') && !IsReadScript(name)))
        {
            return null;
        }

        return TokenCount(name) > MaxTokens ? null : key;
    }

    /// <summary>Whether a name is written wholly in the script of a language the coder reads other than in Latin letters
    /// (Arabic; <c>scripts.tsv</c>), and not with a letter only another language of that script writes (Persian).</summary>
    public static bool IsReadScript(string name) =>
        LanguageDetector.Default.ScriptLanguage(name) is { } language && Languages.Read.Contains(language);

    public static int TokenCount(string name) => Tokenizer.Tokenize(name).Count;

    /// <summary>A region's name without a trailing "Region", "Province", ... ("Maidan Wardak Province" -> "Maidan Wardak").</summary>
    public static string? WithoutRegionWord(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var word in RegionWords)
        {
            if (name.Length > word.Length + 2 && name.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^word.Length].Trim();
            }
        }

        return null;
    }

    // "BKO", "GAQ", "ML-KD": short all-capital tokens are codes, not names.
    private static bool IsCode(string name) =>
        name.Length <= 5 && name.All(c => char.IsAsciiLetterUpper(c) || c == '-' || c == '.');
}
