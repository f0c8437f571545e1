namespace ConflictAtlas.Core.Lexicon;

/// <summary>
/// The named word lists of <c>Resources/words.tsv</c> (list, lang, phrases): every language's rows of a list are
/// read together, so adding a language is adding rows. Unknown list names and languages fail when the file is read.
/// </summary>
public sealed class WordLists
{
    private readonly Dictionary<WordList, List<(string Lang, string Phrase)>> _lists = [];

    public WordLists(IEnumerable<string[]> rows, string source = "words.tsv")
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            if (row.Length < 3)
            {
                throw new InvalidDataException($"{source}: a row needs list, lang and phrases: '{string.Join('\t', row)}'");
            }

            var list = DataNames.Parse<WordList>(row[0], source);
            var lang = Languages.Check(row[1], source);
            if (!_lists.TryGetValue(list, out var entries))
            {
                entries = [];
                _lists[list] = entries;
            }

            entries.AddRange(ResourceFile.SplitList(row[2]).Select(p => (lang, p)));
        }
    }

    public static WordLists Default { get; } = new(ResourceFile.ReadRows("words.tsv"));

    /// <summary>The phrases of a list in every language, as written.</summary>
    public IEnumerable<string> Phrases(WordList list) => _lists.TryGetValue(list, out var entries) ? entries.Select(e => e.Phrase) : [];

    /// <summary>The languages that have rows for <paramref name="list"/>.</summary>
    public IEnumerable<string> LanguagesOf(WordList list) => _lists.TryGetValue(list, out var entries) ? entries.Select(e => e.Lang).Distinct() : [];

    /// <summary>The folded forms of a list's phrases, for comparing with <see cref="Token.Folded"/> or folded text.</summary>
    public HashSet<string> Folded(WordList list) => new(Phrases(list).Select(TextNormalizer.Fold), StringComparer.Ordinal);

    /// <summary>A phrase matcher over a list's phrases, each filed under <c>true</c>.</summary>
    public PhraseMatcher<bool> Matcher(WordList list)
    {
        var matcher = new PhraseMatcher<bool>();
        foreach (var phrase in Phrases(list))
        {
            matcher.Add(phrase, true);
        }

        return matcher;
    }
}
