using System.Globalization;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// Finds numbers written in digits (Western, Eastern Arabic or Persian) or words (the rows of
/// <c>Resources/numbers.tsv</c> in the report's language, every row when it is unknown), compound words
/// ("twenty-one", "vingt et un", "treinta y cinco"), qualifiers ("at least", "au moins") and ranges
/// ("between 10 and 15", "10 to 15"). Years and numbers inside dates are left to the date stage.
/// </summary>
public sealed class NumberStage : IPipelineStage
{
    private static readonly (PhraseMatcher<(int Value, bool Vague)> All, Dictionary<string, PhraseMatcher<(int Value, bool Vague)>> ByLanguage) Words = BuildWords();
    private static readonly WordLists Lists = WordLists.Default;

    /// <summary>"at least", "au moins": each qualifier (folded, as stored on the mention) with its tokens, in data order.</summary>
    private static readonly (string Qualifier, string[] Tokens)[] QualifierTokens =
        [.. Lists.Phrases(WordList.NumberQualifiers).Select(q => (TextNormalizer.Fold(q), Tokenizer.Tokenize(q).Select(t => t.Folded).ToArray())).DistinctBy(q => q.Item1)];

    private static readonly HashSet<string> Articles = Lists.Folded(WordList.ArticleNumbers);
    private static readonly HashSet<string> LoneNonNumbers = [.. Lists.Folded(WordList.ArticleNumbers), .. Lists.Folded(WordList.VagueAlone)];
    private static readonly HashSet<string> CompoundJoiners = Lists.Folded(WordList.CompoundJoiners);
    private static readonly HashSet<string> Hundreds = Lists.Folded(WordList.Hundreds);
    private static readonly HashSet<string> RangeJoiners = Lists.Folded(WordList.RangeJoiners);
    private static readonly HashSet<string> RangeOpeners = Lists.Folded(WordList.RangeOpeners);

    public string Name => "numbers";

    public Annotations Requires => Annotations.Text | Annotations.Tokens | Annotations.Dates;

    public Annotations Produces => Annotations.Numbers;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var dates = document.Dates.Select(m => m.Span).ToList();
        var found = Find(document.Text, document.Tokens, dates, document.Metadata.Language);
        return document with { Numbers = [.. found.Select(f => new Mention<NumberMention>(f.Span, f.Value, Name))] };
    }

    /// <summary>The numbers of <paramref name="tokens"/>; number words of <paramref name="language"/> only when the data has rows for it.</summary>
    public static List<(TextSpan Span, NumberMention Value)> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> exclude, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(exclude);
        var raw = new List<(int First, int Last, int Value, bool Vague)>();
        var excluded = new SpanSet(exclude);
        var words = language is not null && Words.ByLanguage.TryGetValue(language, out var own) ? own : Words.All;
        var wordMatches = words.Match(tokens).ToDictionary(m => m.FirstToken);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (excluded.Overlaps(token.Span))
            {
                continue;
            }

            if (token.IsNumber)
            {
                // A clock time ("4:30", "16:45") counts nothing.
                if (i + 1 < tokens.Count && tokens[i + 1].IsNumber && tokens[i + 1].Surface.Length == 2 &&
                    tokens[i + 1].Span.Start == token.Span.End + 1 && text[token.Span.End] == ':')
                {
                    i++;
                    continue;
                }

                // A year and its month ("2024-11", "2021/06", a page's stamp) count nothing.
                if (IsYearMonth(text, tokens, i))
                {
                    i++;
                    continue;
                }

                // Digits grouped with commas: "1,200".
                var last = i;
                var digits = token.Folded;
                while (last + 1 < tokens.Count && tokens[last + 1].IsNumber && tokens[last + 1].Surface.Length == 3 &&
                       tokens[last + 1].Span.Start == tokens[last].Span.End + 1 && text[tokens[last].Span.End] == ',')
                {
                    last++;
                    digits += tokens[last].Folded;
                }

                if (digits.Length <= 7)
                {
                    raw.Add((i, last, int.Parse(digits, CultureInfo.InvariantCulture), false));
                }

                i = last;
                continue;
            }

            if (wordMatches.TryGetValue(i, out var match))
            {
                var (value, vague) = match.Values[0];
                var lastToken = i + match.TokenCount - 1;
                // Compounds: "twenty-one", "vingt et un", "two hundred".
                if (value is >= 20 and < 100 && value % 10 == 0)
                {
                    var next = lastToken + 1;
                    var joined = next < tokens.Count && CompoundJoiners.Contains(tokens[next].Folded);
                    if (joined)
                    {
                        next++;
                    }

                    if (wordMatches.TryGetValue(next, out var unit) && unit.Values[0].Value is >= 1 and <= 9 && !unit.Values[0].Vague &&
                        unit.TokenCount == 1 && (joined || !Articles.Contains(tokens[next].Folded)))
                    {
                        value += unit.Values[0].Value;
                        lastToken = next + unit.TokenCount - 1;
                    }
                }

                if (!vague && value < 100 && lastToken + 1 < tokens.Count && Hundreds.Contains(tokens[lastToken + 1].Folded))
                {
                    value *= 100;
                    lastToken++;
                }

                // "a" and "un"/"une" are numbers only before a unit noun handled elsewhere ("a dozen"): skip them alone.
                if (!(match.TokenCount == 1 && LoneNonNumbers.Contains(tokens[i].Folded)))
                {
                    raw.Add((i, lastToken, value, vague));
                }

                i = lastToken;
            }
        }

        var result = new List<(TextSpan, NumberMention)>();
        for (var k = 0; k < raw.Count; k++)
        {
            var (first, last, value, vague) = raw[k];
            string? qualifier = null;
            foreach (var (q, qt) in QualifierTokens)
            {
                if (first - qt.Length >= 0 && Enumerable.Range(0, qt.Length).All(j => tokens[first - qt.Length + j].Folded == qt[j]))
                {
                    qualifier = q;
                    first -= qt.Length;
                    break;
                }
            }

            int? high = null;
            // Ranges: "between 10 and 15", "10 to 15", "10-15", "entre 10 et 15".
            if (k + 1 < raw.Count)
            {
                var next = raw[k + 1];
                var gap = tokens.Skip(last + 1).Take(next.First - last - 1).Select(t => t.Folded).ToList();
                var between = text[tokens[last].Span.End..tokens[next.First].Span.Start].Trim();
                if (next.Value > value && ((gap.Count == 1 && RangeJoiners.Contains(gap[0])) || (gap.Count == 0 && between is "-" or "–")))
                {
                    high = next.Value;
                    last = next.Last;
                    k++;
                }
            }

            if (first >= 1 && RangeOpeners.Contains(tokens[first - 1].Folded) && high is not null)
            {
                first--;
            }

            result.Add((new TextSpan(tokens[first].Span.Start, tokens[last].Span.End), new NumberMention(value, vague, high, qualifier)));
        }

        return result;
    }

    /// <summary>The earliest and latest year read as the year of a year-month pair ("2024-11").</summary>
    private const int FirstYear = 1900;

    private const int LastYear = 2100;

    /// <summary>Whether the digits at <paramref name="i"/> are a year joined by a hyphen or slash to a month in digits
    /// ("2024-11", "2021/06").</summary>
    private static bool IsYearMonth(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count)
        {
            return false;
        }

        var (year, month) = (tokens[i], tokens[i + 1]);
        return month.IsNumber && year.Surface.Length == 4 && month.Surface.Length <= 2 &&
               month.Span.Start == year.Span.End + 1 && text[year.Span.End] is '-' or '/' &&
               int.TryParse(year.Folded, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= FirstYear and <= LastYear &&
               int.TryParse(month.Folded, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12;
    }

    private static (PhraseMatcher<(int, bool)>, Dictionary<string, PhraseMatcher<(int, bool)>>) BuildWords()
    {
        const string source = "numbers.tsv";
        var all = new PhraseMatcher<(int, bool)>();
        var byLanguage = new Dictionary<string, PhraseMatcher<(int, bool)>>(StringComparer.Ordinal);
        foreach (var row in ResourceFile.ReadRows(source))
        {
            if (row.Length < 4)
            {
                throw new InvalidDataException($"{source}: a row needs phrase, value, vague and lang: '{string.Join('\t', row)}'");
            }

            var language = Languages.Check(row[3], source);
            var value = (int.Parse(row[1], CultureInfo.InvariantCulture), row[2].Trim() == "1");
            all.Add(row[0].Trim(), value);
            if (!byLanguage.TryGetValue(language, out var own))
            {
                own = new PhraseMatcher<(int, bool)>();
                byLanguage[language] = own;
            }

            own.Add(row[0].Trim(), value);
        }

        return (all, byLanguage);
    }
}
