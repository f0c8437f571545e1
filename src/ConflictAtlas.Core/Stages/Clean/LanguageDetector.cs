using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>
/// Tells the language of a text: Arabic by its script, Latin-script languages by their most frequent function
/// words (<c>Resources/stopwords.tsv</c>). Returns null when the text is too short or unclear.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Fewer stopword hits than this leaves the language unknown.</summary>
    public const int MinimumHits = 3;

    /// <summary>Share of letters in the Arabic block above which a text is Arabic.</summary>
    public const double ArabicLetterShare = 0.3;

    private readonly Dictionary<string, List<string>> _languagesByWord = new(StringComparer.Ordinal);

    public LanguageDetector(IEnumerable<(string Language, string Word)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var (language, word) in words)
        {
            if (!_languagesByWord.TryGetValue(word, out var list))
            {
                list = [];
                _languagesByWord[word] = list;
            }

            list.Add(language);
        }
    }

    public static LanguageDetector Default { get; } = new(
        ResourceFile.ReadRows("stopwords.tsv").SelectMany(row =>
            ResourceFile.SplitList(row[1]).Select(w => (row[0].Trim(), TextNormalizer.Fold(w)))));

    public string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Length > 20_000 ? text[..20_000] : text;
        int letters = 0, arabic = 0;
        foreach (var c in sample)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F')
                {
                    arabic++;
                }
            }
        }

        if (letters > 0 && arabic >= letters * ArabicLetterShare)
        {
            return "ar";
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(sample))
        {
            if (_languagesByWord.TryGetValue(token.Folded, out var languages))
            {
                foreach (var language in languages)
                {
                    counts[language] = counts.GetValueOrDefault(language) + 1;
                }
            }
        }

        var best = counts.OrderByDescending(kv => kv.Value).FirstOrDefault();
        return best.Value >= MinimumHits ? best.Key : null;
    }
}
