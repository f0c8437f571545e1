using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Lexicon;

/// <summary>
/// Finds lexicon phrases in tokenized text: longest match first, left to right, no overlaps. Phrases compare
/// case- and accent-insensitively, except phrases written in capitals (acronyms such as "JNIM", "IED") and
/// phrases marked with a leading <c>=</c>, which must match the text's case exactly.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<Entry>> _entries = new(StringComparer.Ordinal);
    private int _maxTokens = 1;

    private sealed record Entry(T Value, string? ExactSurface);

    public int Count => _entries.Count;

    public void Add(string phrase, T value)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var exact = phrase.StartsWith('=');
        if (exact)
        {
            phrase = phrase[1..];
        }

        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var letters = phrase.Where(char.IsLetter).ToList();
        var isAcronym = letters.Count is >= 2 and <= 6 && letters.All(char.IsUpper);
        var key = string.Join(' ', tokens.Select(t => t.Folded));
        var surface = exact || isAcronym ? string.Join(' ', tokens.Select(t => t.Surface)) : null;
        if (!_entries.TryGetValue(key, out var list))
        {
            list = [];
            _entries[key] = list;
        }

        if (!list.Exists(e => EqualityComparer<T>.Default.Equals(e.Value, value) && e.ExactSurface == surface))
        {
            list.Add(new Entry(value, surface));
        }

        _maxTokens = Math.Max(_maxTokens, tokens.Count);
    }

    /// <summary>All non-overlapping matches in <paramref name="tokens"/>, longest first at each position.</summary>
    public List<PhraseMatch<T>> Match(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var result = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = false;
            for (var n = Math.Min(_maxTokens, tokens.Count - i); n >= 1; n--)
            {
                var key = n == 1 ? tokens[i].Folded : string.Join(' ', Enumerable.Range(i, n).Select(k => tokens[k].Folded));
                if (!_entries.TryGetValue(key, out var list))
                {
                    continue;
                }

                var surface = n == 1 ? tokens[i].Surface : string.Join(' ', Enumerable.Range(i, n).Select(k => tokens[k].Surface));
                var values = list.Where(e => e.ExactSurface is null || string.Equals(e.ExactSurface, surface, StringComparison.Ordinal))
                    .Select(e => e.Value).ToList();
                if (values.Count == 0)
                {
                    continue;
                }

                result.Add(new PhraseMatch<T>(i, n, new TextSpan(tokens[i].Span.Start, tokens[i + n - 1].Span.End), values));
                i += n;
                matched = true;
                break;
            }

            if (!matched)
            {
                i++;
            }
        }

        return result;
    }
}
