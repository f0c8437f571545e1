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
    private const string Year = @"(?:19|20)[0-9]{2}";

    private readonly Dictionary<string, int> _months = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DayOfWeek> _weekdays = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Offset, int Precision)?> _relative = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MonthPart> _parts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notMonths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _datelineMonths = new(StringComparer.Ordinal);

    public DateWords(IEnumerable<string[]> rows, string source = "date-words.tsv")
    {
        ArgumentNullException.ThrowIfNull(rows);
        var phrases = new Dictionary<DateWordKind, List<string>>();
        var datelineNames = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var datelineOrder = new Dictionary<string, DatelineOrder>(StringComparer.Ordinal);
        var monthNames = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Length < 4)
            {
                throw new InvalidDataException($"{source}: a row needs kind, lang, value and phrases: '{string.Join('\t', row)}'");
            }

            var kind = DataNames.Parse<DateWordKind>(row[0], source);
            var lang = Languages.Check(row[1], source);
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
                        monthNames.TryAdd(lang, []);
                        monthNames[lang].Add(phrase);
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
                    case DateWordKind.DatelineMonth:
                        _datelineMonths[folded] = int.Parse(value, CultureInfo.InvariantCulture);
                        datelineNames.TryAdd(lang, []);
                        datelineNames[lang].Add(phrase);
                        break;
                    case DateWordKind.DatelineOrder:
                        datelineOrder[lang] = DataNames.Parse<DatelineOrder>(phrase, source);
                        break;
                }
            }
        }

        string Alternatives(DateWordKind kind) => Alternation(phrases.GetValueOrDefault(kind, []));

        var months = Alternatives(DateWordKind.Month);
        var ordinal = $"(?:{Alternatives(DateWordKind.OrdinalSuffix)})?";
        // "15 de noviembre de 2024": the words a language writes between day, month and year, when it has any.
        var joins = Alternatives(DateWordKind.DateJoin);
        var join = joins.Length == 0 ? string.Empty : $@"(?:(?:{joins})\s+)?";
        // "BAMAKO, Dec 1 (Reuters) -" and "NIAMEY, 1er déc. (AFP) -": the month names of the languages that write
        // each order, a stop allowed after a name.
        string DatelineNames(DatelineOrder order) =>
            Alternation([.. datelineNames.Where(kv => datelineOrder.GetValueOrDefault(kv.Key) == order).SelectMany(kv => kv.Value)]);
        const string Place = @"^\s*(?<where>[A-Z][A-Z\u00C0-\u00DE .'’/-]{1,40}),\s+";
        const string Agency = @"\s*(?:\([A-Za-z .]{2,30}\))?\s*[-–—]";
        // Month-first datelines are matched in their own case (a capitalised month after a place in capitals), so a
        // sentence such as "Updated, Dec 1 -" is not one; day-first ones in any case.
        var timeout = TimeSpan.FromMilliseconds(200);
        DatelineMonthDay = new Regex($@"{Place}(?<mon>{DatelineNames(DatelineOrder.MonthDay)})\.?\s+(?<dd>[0-9]{{1,2}})(?:,\s*(?<yyyy>{Year}))?{Agency}", RegexOptions.CultureInvariant, timeout);
        DatelineDayMonth = new Regex($@"{Place}(?<dd>[0-9]{{1,2}}){ordinal}\s+(?<mon>{DatelineNames(DatelineOrder.DayMonth)})\.?(?:\s+(?<yyyy>{Year}))?{Agency}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, timeout);

        DayRange = new Regex($@"\b(?:{Alternatives(DateWordKind.RangeStart)})\s+(?<d1>[0-9]{{1,2}}){ordinal}\s+(?:{Alternatives(DateWordKind.RangeJoin)})\s+(?<d2>[0-9]{{1,2}}){ordinal}\s+{join}(?<m>{months})\.?(?:,?\s+{join}(?<y>{Year}))?\b", Options);
        DayMonth = new Regex($@"\b(?<d>[0-9]{{1,2}}){ordinal}\s+{join}(?<m>{months})\.?(?:,?\s+{join}(?<y>{Year}))?\b", Options);
        // "June 17": only the month names of the languages that write the month first ("juin 17" is June 2017).
        var monthFirst = Alternation([.. monthNames.Where(kv => datelineOrder.GetValueOrDefault(kv.Key) == DatelineOrder.MonthDay).SelectMany(kv => kv.Value)]);
        MonthDay = new Regex($@"\b(?<m>{(monthFirst.Length == 0 ? "(?!)" : monthFirst)})\.?\s+(?<d>[0-9]{{1,2}}){ordinal}\b(?:,?\s+(?<y>{Year})\b)?", Options);
        MonthYear = new Regex($@"\b(?:(?<mpart>{Alternatives(DateWordKind.MonthPart)})[\s-]+)?(?<m>{months})\.?,?\s+{join}(?<y>{Year})\b", Options);
        MonthPartAlone = new Regex($@"\b(?<mpart>{Alternatives(DateWordKind.MonthPart)})[\s-]+(?<m>{months})\b", Options);
        Weekday = new Regex($@"\b(?:(?:(?<lastb>{Alternatives(DateWordKind.WeekdayLast)})|(?<thisb>{Alternatives(DateWordKind.WeekdayThis)}))\s+)?(?<wd>{Alternatives(DateWordKind.Weekday)})(?:\s+(?<lasta>{Alternatives(DateWordKind.WeekdayLastAfter)}))?\b", Options);
        RelativeWord = new Regex($@"\b(?<w>{Alternatives(DateWordKind.Relative)})\b", Options);
        // "dans la nuit de jeudi à vendredi", "ليلة الخميس الجمعة": a night word, a weekday, perhaps a joining word, the
        // next weekday.
        var weekdays = Alternatives(DateWordKind.Weekday);
        NightPair = new Regex($@"\b(?:{Alternatives(DateWordKind.NightOf)})\s+(?<wd>{weekdays})\s+(?:(?:{Alternatives(DateWordKind.NightJoin)})\s+)?(?<wd2>{weekdays})\b", Options);
    }

    public static DateWords Default { get; } = new(ResourceFile.ReadRows("date-words.tsv"));

    /// <summary>A dateline with the month first ("BAMAKO, Dec 1, 2024 (Reuters) -"); groups where, mon, dd, yyyy.</summary>
    public Regex DatelineMonthDay { get; }

    /// <summary>A dateline with the day first ("NIAMEY, 1er déc (AFP) -"); groups where, dd, mon, yyyy.</summary>
    public Regex DatelineDayMonth { get; }

    /// <summary>The month a dateline's month name or abbreviation names, 0 when none.</summary>
    public int DatelineMonth(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _datelineMonths.GetValueOrDefault(TextNormalizer.Fold(name.TrimEnd('.')));
    }

    /// <summary>Phrases as one regular-expression alternation, longest first; a space matches any white space.</summary>
    private static string Alternation(IEnumerable<string> phrases) =>
        string.Join('|', phrases.Distinct().OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(p).Replace("\\ ", @"\s+", StringComparison.Ordinal)));

    /// <summary>"between 10 and 16 March 2025", "du 10 au 16 mars".</summary>
    public Regex DayRange { get; }

    /// <summary>"1 December 2024", "1er décembre".</summary>
    public Regex DayMonth { get; }

    /// <summary>"December 1, 2024".</summary>
    public Regex MonthDay { get; }

    /// <summary>"March 2024", "early March 2024", "fin mars 2025".</summary>
    public Regex MonthYear { get; }

    /// <summary>"early August", "fin octobre", "a mediados de febrero": a part of a month named without its year.</summary>
    public Regex MonthPartAlone { get; }

    /// <summary>"on Sunday", "last Sunday", "dimanche dernier".</summary>
    public Regex Weekday { get; }

    /// <summary>"yesterday", "last week", "hier".</summary>
    public Regex RelativeWord { get; }

    /// <summary>A night from one weekday to the next ("overnight Thursday into Friday", "la nuit du jeudi au
    /// vendredi"); groups wd (the evening it began) and wd2.</summary>
    public Regex NightPair { get; }

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
    WeekdayThis,
    Relative,
    RangeStart,
    RangeJoin,
    OrdinalSuffix,
    MonthPart,
    DatelineMonth,
    DatelineOrder,
    DateJoin,
    NightOf,
    NightJoin,
}

/// <summary>The order of day and month in a language's datelines.</summary>
public enum DatelineOrder
{
    MonthDay,
    DayMonth,
}

/// <summary>The part of a month a date names ("early March" is its start).</summary>
public enum MonthPart
{
    Start,
    Middle,
    End,
}
