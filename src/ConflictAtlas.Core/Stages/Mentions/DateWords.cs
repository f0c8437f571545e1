using System.Globalization;
using System.Text.RegularExpressions;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// The words of the date stage (<c>Resources/date-words.tsv</c>): month and weekday names, relative words with
/// their offsets, range and ordinal words, in every language of the file. The date patterns are built from them,
/// so a new language is new rows.
/// </summary>
public sealed class DateWords
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private const string Year = @"(?:19|20)\d{2}";

    private readonly Dictionary<string, int> _months = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DayOfWeek> _weekdays = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Offset, int Precision)?> _relative = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MonthPart> _parts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notMonths = new(StringComparer.Ordinal);

    public DateWords(IEnumerable<string[]> rows, string source = "date-words.tsv")
    {
        ArgumentNullException.ThrowIfNull(rows);
        var phrases = new Dictionary<DateWordKind, List<string>>();
        foreach (var row in rows)
        {
            if (row.Length < 4)
            {
                throw new InvalidDataException($"{source}: a row needs kind, lang, value and phrases: '{string.Join('\t', row)}'");
            }

            var kind = DataNames.Parse<DateWordKind>(row[0], source);
            Languages.Check(row[1], source);
            var value = row[2].Trim();
            var list = ResourceFile.SplitList(row[3]);
            if (!phrases.TryGetValue(kind, out var all))
            {
                all = [];
                phrases[kind] = all;
            }

            all.AddRange(list);
            foreach (var phrase in list)
            {
                var folded = TextNormalizer.Fold(phrase);
                switch (kind)
                {
                    case DateWordKind.Month:
                        _months[folded] = int.Parse(value, CultureInfo.InvariantCulture) is var m and >= 1 and <= 12
                            ? m
                            : throw new InvalidDataException($"{source}: month '{value}' is not 1-12");
                        break;
                    case DateWordKind.Weekday:
                        _weekdays[folded] = Enum.Parse<DayOfWeek>(value, ignoreCase: true);
                        break;
                    case DateWordKind.Relative:
                        _relative[folded] = ParseRelative(value, source);
                        break;
                    case DateWordKind.MonthPart:
                        _parts[folded] = DataNames.Parse<MonthPart>(value, source);
                        break;
                    case DateWordKind.NotMonth:
                        _notMonths.Add(phrase);
                        break;
                }
            }
        }

        string Alternatives(DateWordKind kind) =>
            string.Join('|', phrases.GetValueOrDefault(kind, []).Distinct().OrderByDescending(p => p.Length)
                .Select(p => Regex.Escape(p).Replace("\\ ", @"\s+", StringComparison.Ordinal)));

        var months = Alternatives(DateWordKind.Month);
        var ordinal = $"(?:{Alternatives(DateWordKind.OrdinalSuffix)})?";
        DayRange = new Regex($@"\b(?:{Alternatives(DateWordKind.RangeStart)})\s+(?<d1>\d{{1,2}}){ordinal}\s+(?:{Alternatives(DateWordKind.RangeJoin)})\s+(?<d2>\d{{1,2}}){ordinal}\s+(?<m>{months})\.?(?:,?\s+(?<y>{Year}))?\b", Options);
        DayMonth = new Regex($@"\b(?<d>\d{{1,2}}){ordinal}\s+(?<m>{months})\.?(?:,?\s+(?<y>{Year}))?\b", Options);
        MonthDay = new Regex($@"\b(?<m>{months})\.?\s+(?<d>\d{{1,2}}){ordinal}\b(?:,?\s+(?<y>{Year})\b)?", Options);
        MonthYear = new Regex($@"\b(?:(?<part>{Alternatives(DateWordKind.MonthPart)})[\s-]+)?(?<m>{months})\.?,?\s+(?<y>{Year})\b", Options);
        Weekday = new Regex($@"\b(?:(?<last>{Alternatives(DateWordKind.WeekdayLast)})\s+)?(?<wd>{Alternatives(DateWordKind.Weekday)})(?:\s+(?<dernier>{Alternatives(DateWordKind.WeekdayLastAfter)}))?\b", Options);
        RelativeWord = new Regex($@"\b(?<w>{Alternatives(DateWordKind.Relative)})\b", Options);
    }

    public static DateWords Default { get; } = new(ResourceFile.ReadRows("date-words.tsv"));

    /// <summary>"between 10 and 16 March 2025", "du 10 au 16 mars".</summary>
    public Regex DayRange { get; }

    /// <summary>"1 December 2024", "1er décembre".</summary>
    public Regex DayMonth { get; }

    /// <summary>"December 1, 2024".</summary>
    public Regex MonthDay { get; }

    /// <summary>"March 2024", "early March 2024", "fin mars 2025".</summary>
    public Regex MonthYear { get; }

    /// <summary>"on Sunday", "last Sunday", "dimanche dernier".</summary>
    public Regex Weekday { get; }

    /// <summary>"yesterday", "last week", "hier".</summary>
    public Regex RelativeWord { get; }

    /// <summary>The month a word names; words that are verbs when written in lower case ("may") are not months.</summary>
    public bool IsMonth(string word, out int month)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_notMonths.Contains(word))
        {
            month = 0;
            return false;
        }

        return _months.TryGetValue(TextNormalizer.Fold(word), out month);
    }

    public DayOfWeek WeekdayOf(string word) => _weekdays[TextNormalizer.Fold(word)];

    /// <summary>The offset in days and the precision of a relative word; null when it is relative to another event.</summary>
    public (int Offset, int Precision)? Relative(string word) => _relative.GetValueOrDefault(TextNormalizer.Fold(word));

    /// <summary>Which part of a month a word names ("early", "fin"); the middle when none is named.</summary>
    public MonthPart PartOf(string? word) => word is null ? MonthPart.Middle : _parts.GetValueOrDefault(TextNormalizer.Fold(word), MonthPart.Middle);

    private static (int Offset, int Precision)? ParseRelative(string value, string source)
    {
        if (value == "anchor")
        {
            return null;
        }

        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var offset) &&
               int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var precision) && precision is >= 1 and <= 3
            ? (offset, precision)
            : throw new InvalidDataException($"{source}: relative value '{value}' is not 'offset precision' or 'anchor'");
    }
}

/// <summary>The kinds of rows of <c>date-words.tsv</c>.</summary>
public enum DateWordKind
{
    Month,
    NotMonth,
    Weekday,
    WeekdayLast,
    WeekdayLastAfter,
    Relative,
    RangeStart,
    RangeJoin,
    OrdinalSuffix,
    MonthPart,
}

/// <summary>The part of a month a date names ("early March" is its start).</summary>
public enum MonthPart
{
    Start,
    Middle,
    End,
}
