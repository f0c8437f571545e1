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

    /// <summary>Every phrase key and every shorter run of its first tokens ("islamic", "islamic state"): matching
    /// stops growing a key at the first run no phrase starts with.</summary>
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);

    /// <summary>Every (key, entry) pair added, so a repeated phrase is found without scanning its key's list (the
    /// world catalogue gives one phrase hundreds of values: "soldiers" for every country).</summary>
    private readonly HashSet<(string Key, Entry Entry)> _added = [];
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

        var entry = new Entry(value, surface);
        if (_added.Add((key, entry)))
        {
            list.Add(entry);
        }

        _maxTokens = Math.Max(_maxTokens, tokens.Count);
        for (var n = 1; n <= tokens.Count; n++)
        {
            _prefixes.Add(string.Join(' ', tokens.Take(n).Select(t => t.Folded)));
        }
    }

    /// <summary>All non-overlapping matches in <paramref name="tokens"/>, longest first at each position.</summary>
    public List<PhraseMatch<T>> Match(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var result = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < tokens.Count)
        {
            // Grow the key a token at a time while some phrase starts with it; the longest phrase found wins.
            var key = tokens[i].Folded;
            (int Length, List<T> Values)? best = null;
            for (var n = 1; n <= Math.Min(_maxTokens, tokens.Count - i) && _prefixes.Contains(key); n++)
            {
                if (_entries.TryGetValue(key, out var list) && ValuesFor(list, tokens, i, n) is { Count: > 0 } values)
                {
                    best = (n, values);
                }

                if (i + n < tokens.Count)
                {
                    key = key + " " + tokens[i + n].Folded;
                }
            }

            if (best is { } found)
            {
                result.Add(new PhraseMatch<T>(i, found.Length, new TextSpan(tokens[i].Span.Start, tokens[i + found.Length - 1].Span.End), found.Values));
                i += found.Length;
            }
            else
            {
                i++;
            }
        }

        return result;
    }

    /// <summary>The values of the phrase at tokens [i, i + n), keeping case-exact ones only where the text's case agrees.</summary>
    private static List<T> ValuesFor(List<Entry> list, IReadOnlyList<Token> tokens, int i, int n)
    {
        string? surface = null;
        var values = new List<T>(list.Count);
        foreach (var e in list)
        {
            if (e.ExactSurface is not null)
            {
                surface ??= n == 1 ? tokens[i].Surface : string.Join(' ', Enumerable.Range(i, n).Select(k => tokens[k].Surface));
                if (!string.Equals(e.ExactSurface, surface, StringComparison.Ordinal))
                {
                    continue;
                }
            }

            values.Add(e.Value);
        }

        return values;
    }
}
