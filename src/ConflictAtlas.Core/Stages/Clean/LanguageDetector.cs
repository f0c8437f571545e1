using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>
/// Tells the language of a text: by its script when it is not Latin (<c>Resources/scripts.tsv</c>: Arabic, and
/// scripts of languages the coder does not read), else by the most frequent function words
/// (<c>Resources/stopwords.tsv</c>), which also name some Latin-script languages the coder does not read. Returns null
/// when the text is too short or unclear. Measured against a statistical detector in <c>docs/languages.md</c>.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Fewer stopword hits than this leaves the language unknown.</summary>
    public const int MinimumHits = 2;

    /// <summary>Share of letters in one script above which a text is in that script's language.</summary>
    public const double ScriptLetterShare = 0.3;

    private readonly Dictionary<string, List<string>> _languagesByWord = new(StringComparer.Ordinal);
    private readonly List<Script> _scripts;

    private sealed record Script(string Ranges, (int First, int Last)[] Bounds, List<(string Language, string Marks)> Languages)
    {
        public bool Holds(char c)
        {
            foreach (var (first, last) in Bounds)
            {
                if (c >= first && c <= last)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public LanguageDetector(IEnumerable<(string Language, string Word)> words, IEnumerable<string[]>? scriptRows = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        _scripts = ReadScripts(scriptRows ?? []);
        foreach (var (language, word) in words)
        {
            if (!_languagesByWord.TryGetValue(word, out var list))
            {
                list = [];
                _languagesByWord[word] = list;
            }

            if (!list.Contains(language))
            {
                list.Add(language);
            }
        }
    }

    public static LanguageDetector Default { get; } = new(
        ResourceFile.ReadRows("stopwords.tsv").SelectMany(row =>
            ResourceFile.SplitList(row[1]).Select(w => (row[0].Trim(), TextNormalizer.Fold(w)))),
        ResourceFile.ReadRows("scripts.tsv"));

    /// <summary>Whether a folded word is one of the frequent function words of <paramref name="language"/> ("on", "sur").</summary>
    public bool IsFunctionWord(string language, string folded) =>
        _languagesByWord.TryGetValue(folded, out var languages) && languages.Contains(language);

    public string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Length > 20_000 ? text[..20_000] : text;
        if (ByScript(sample) is { } byScript)
        {
            return byScript;
        }

        // A word of several languages ("de", "que", "en") counts for each in part, so the words only one language
        // uses decide between neighbours such as Spanish and French.
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(sample))
        {
            if (_languagesByWord.TryGetValue(token.Folded, out var languages))
            {
                foreach (var language in languages)
                {
                    scores[language] = scores.GetValueOrDefault(language) + (1.0 / languages.Count);
                    hits[language] = hits.GetValueOrDefault(language) + 1;
                }
            }
        }

        var best = scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is not null && hits[best.Key] >= MinimumHits ? best.Key : null;
    }

    /// <summary>
    /// The language of a name written wholly in one script other than Latin ("طرابلس" is "ar", "Триполи" is "ru", a
    /// name with a letter only Persian writes is "fa"); null for a name with a Latin letter or letters of two scripts.
    /// The gazetteer keeps the names of places in the scripts of the languages it reads, and only their text meets them.
    /// </summary>
    public string? ScriptLanguage(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Script? script = null;
        foreach (var c in name)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (c < 0x0370 || (script is not null && !script.Holds(c)))
            {
                return null;
            }

            script ??= _scripts.Find(s => s.Holds(c));
            if (script is null)
            {
                return null;
            }
        }

        return script is null ? null : LanguageOf(script, name);
    }

    /// <summary>The language of the script that holds enough of the text's letters; null for Latin script.</summary>
    private string? ByScript(string sample)
    {
        if (_scripts.Count == 0)
        {
            return null;
        }

        var letters = 0;
        var counts = new int[_scripts.Count];
        foreach (var c in sample)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (c < 0x0370)
            {
                continue;
            }

            for (var k = 0; k < _scripts.Count; k++)
            {
                if (_scripts[k].Holds(c))
                {
                    counts[k]++;
                    break;
                }
            }
        }

        var best = Array.IndexOf(counts, counts.Max());
        if (letters == 0 || counts[best] < letters * ScriptLetterShare)
        {
            return null;
        }

        return LanguageOf(_scripts[best], sample);
    }

    /// <summary>Among the languages of a script, the one whose marks the text holds, else the one without marks.</summary>
    private static string LanguageOf(Script script, string text)
    {
        var marked = script.Languages.Where(l => l.Marks.Length > 0 && text.AsSpan().IndexOfAny(l.Marks) >= 0).Select(l => l.Language).FirstOrDefault();
        return marked ?? script.Languages.FirstOrDefault(l => l.Marks.Length == 0).Language ?? script.Languages[0].Language;
    }

    private static List<Script> ReadScripts(IEnumerable<string[]> rows)
    {
        const string source = "scripts.tsv";
        var scripts = new List<Script>();
        foreach (var row in rows)
        {
            var ranges = ResourceFile.Field(row, 1);
            var script = scripts.Find(s => s.Ranges == ranges);
            if (script is null)
            {
                var bounds = ranges.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(r =>
                {
                    var parts = r.Split('-');
                    return parts.Length == 2 && int.TryParse(parts[0], System.Globalization.NumberStyles.HexNumber, null, out var first) &&
                           int.TryParse(parts[1], System.Globalization.NumberStyles.HexNumber, null, out var last) && first <= last
                        ? (first, last)
                        : throw new InvalidDataException($"{source}: '{r}' is not a range such as 0600-06FF");
                }).ToArray();
                script = new Script(ranges, bounds, []);
                scripts.Add(script);
            }

            script.Languages.Add((row[0].Trim(), ResourceFile.Field(row, 2)));
        }

        return scripts;
    }
}
