using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// Finds dates in English and French: absolute ("December 1, 2024", "1er décembre 2024", "2024-12-01"), month
/// and year ("in March 2024"), bare years, and relative dates ("on Sunday", "yesterday", "last week",
/// "dimanche dernier", "hier") resolved against the publication date. Without a publication date, relative dates
/// are resolved against the latest full date in the text; with neither they stay unresolved rather than guessed.
/// </summary>
public sealed partial class DateStage : IPipelineStage
{
    /// <summary>A date without a year more than this many days after publication belongs to the previous year.</summary>
    public const int FutureToleranceDays = 7;

    /// <summary>A day range this long or shorter is coded at week precision.</summary>
    private const int DaysInWeekRange = 7;

    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday,
        ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday, ["vendredi"] = DayOfWeek.Friday,
        ["samedi"] = DayOfWeek.Saturday, ["dimanche"] = DayOfWeek.Sunday,
    };

    private const string MonthPattern =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|" +
        "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";

    private const string WeekdayPattern =
        "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<mo>\d{2})-(?<d>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?:between|from|entre\s+le|entre|du)\s+(?<d1>\d{1,2})(?:st|nd|rd|th|er)?\s+(?:and|to|et\s+le|et|au)\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + MonthPattern + @")\.?(?:,?\s+(?<y>(?:19|20)\d{2}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayRange();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th|er|e)?\s+(?<m>" + MonthPattern + @")\.?(?:,?\s+(?<y>(?:19|20)\d{2}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<m>" + MonthPattern + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:19|20)\d{2})\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:(?<part>early|mid|late|début|mi|fin)[\s-]+)?(?<m>" + MonthPattern + @")\.?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:(?<last>last|this\s+past|past)\s+)?(?<wd>" + WeekdayPattern + @")(?:\s+(?<dernier>dernier))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<w>yesterday|today|this morning|this afternoon|this evening|tonight|last night|overnight|the day before|the previous day|avant-hier|hier|aujourd'hui|aujourd’hui|ce matin|la nuit dernière|la veille|last week|earlier this week|this week|la semaine dernière|cette semaine|last month|earlier this month|this month|le mois dernier|ce mois-ci)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeWord();

    public string Name => "dates";

    public Annotations Requires => Annotations.Text;

    public Annotations Produces => Annotations.Dates;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = Find(document.Text, document.Metadata.Published is { } p ? DateOnly.FromDateTime(p.Date) : null);
        return document with { Dates = [.. found.Select(f => new Mention<DateMention>(f.Span, f.Value, Name))] };
    }

    /// <summary>Every date expression in <paramref name="text"/>, resolved where possible, in text order.</summary>
    public static List<(TextSpan Span, DateMention Value)> Find(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var taken = new List<TextSpan>();
        var absolute = new List<(TextSpan, DateMention)>();
        var pending = new List<(TextSpan Span, int Day, int Month)>();

        foreach (Match m in IsoDate().Matches(text))
        {
            if (TryDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture),
                    int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)) is { } date)
            {
                Take(m, new DateMention(date, 1, false));
            }
        }

        // "between 10 and 16 March 2025": the middle day, at week precision (month precision for longer spans).
        foreach (Match m in DayRange().Matches(text))
        {
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : published?.Year;
            var first = int.Parse(m.Groups["d1"].Value, CultureInfo.InvariantCulture);
            var last = int.Parse(m.Groups["d2"].Value, CultureInfo.InvariantCulture);
            if (year is null || !IsMonth(m.Groups["m"].Value, out var month) || last <= first ||
                TryDate(year.Value, month, first + ((last - first) / 2)) is not { } middle)
            {
                continue;
            }

            Take(m, new DateMention(middle, last - first <= DaysInWeekRange ? 2 : 3, false));
        }

        foreach (var regex in new[] { DayMonth(), MonthDay() })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (Overlaps(m) || !IsMonth(m.Groups["m"].Value, out var month))
                {
                    continue;
                }

                var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                if (m.Groups["y"].Success)
                {
                    if (TryDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, day) is { } date)
                    {
                        Take(m, new DateMention(date, 1, false));
                    }
                }
                else if (day is >= 1 and <= 31)
                {
                    var span = new TextSpan(m.Index, m.Index + m.Length);
                    taken.Add(span);
                    pending.Add((span, day, month));
                }
            }
        }

        foreach (Match m in MonthYear().Matches(text))
        {
            if (Overlaps(m) || !IsMonth(m.Groups["m"].Value, out var month))
            {
                continue;
            }

            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var part = m.Groups["part"].Success ? TextNormalizer.Fold(m.Groups["part"].Value) : null;
            var lastDay = DateTime.DaysInMonth(year, month);
            var (day, precision) = part switch
            {
                "early" or "debut" => (1, 3),
                "late" or "fin" => (lastDay, 3),
                _ => (15, 3),
            };
            Take(m, new DateMention(new DateOnly(year, month, day), precision, false));
        }

        var knownYear = published?.Year ?? absolute.Select(a => a.Item2.Date?.Year).Max();
        foreach (var (span, day, month) in pending)
        {
            DateMention value;
            var year = knownYear;
            if (year is null)
            {
                value = new DateMention(null, 1, false);
            }
            else
            {
                var date = TryDate(year.Value, month, day);
                if (date is not null && published is { } p && date.Value.DayNumber - p.DayNumber > FutureToleranceDays)
                {
                    date = TryDate(year.Value - 1, month, day);
                }

                value = new DateMention(date, 1, false);
            }

            absolute.Add((span, value));
        }

        // Datelines give the filing date; they anchor relative dates when the publication date is unknown.
        for (var i = 0; i < absolute.Count; i++)
        {
            if (IsDateline(text, absolute[i].Item1))
            {
                absolute[i] = (absolute[i].Item1, absolute[i].Item2 with { IsDateline = true });
            }
        }

        // The anchor for relative dates: the publication date, else the dateline, else the latest full date in the text.
        var anchor = published ??
                     absolute.Where(a => a.Item2.IsDateline && a.Item2.IsSpecificDay).Select(a => a.Item2.Date).FirstOrDefault() ??
                     absolute.Where(a => a.Item2.IsSpecificDay).Select(a => a.Item2.Date).Max();

        foreach (Match m in Weekday().Matches(text))
        {
            if (Overlaps(m))
            {
                continue;
            }

            var weekday = Weekdays[TextNormalizer.Fold(m.Groups["wd"].Value)];
            DateOnly? date = null;
            if (anchor is { } a)
            {
                var back = ((int)a.DayOfWeek - (int)weekday + 7) % 7;
                if (back == 0 && (m.Groups["last"].Success || m.Groups["dernier"].Success))
                {
                    back = 7;
                }

                date = a.AddDays(-back);
            }

            Take(m, new DateMention(date, 1, true));
        }

        foreach (Match m in RelativeWord().Matches(text))
        {
            if (Overlaps(m))
            {
                continue;
            }

            var word = TextNormalizer.Fold(m.Groups["w"].Value);
            (int Offset, int Precision)? rel = word switch
            {
                "yesterday" or "hier" or "last night" or "la nuit derniere" => (-1, 1),
                "today" or "this morning" or "this afternoon" or "this evening" or "tonight" or "overnight" or "aujourd'hui" or "ce matin" => (0, 1),
                "avant-hier" => (-2, 1),
                "last week" or "la semaine derniere" => (-7, 2),
                "earlier this week" or "this week" or "cette semaine" => (-2, 2),
                "last month" or "le mois dernier" => (-30, 3),
                "earlier this month" or "this month" or "ce mois-ci" => (-7, 3),
                _ => null, // "the day before", "la veille": relative to another event, resolved by the event stage
            };
            if (rel is null)
            {
                Take(m, new DateMention(null, 1, true));
                continue;
            }

            DateOnly? date = anchor is { } a && published is not null ? a.AddDays(rel.Value.Offset) : null;
            if (date is { } d && rel.Value.Precision == 2)
            {
                // ACLED: a week known only as a week is coded on its middle day.
                date = d.AddDays(-(((int)d.DayOfWeek + 6) % 7)).AddDays(2);
            }
            else if (date is { } dm && rel.Value.Precision == 3)
            {
                date = new DateOnly(dm.Year, dm.Month, 15);
            }

            Take(m, new DateMention(date, rel.Value.Precision, true));
        }

        foreach (Match m in Year().Matches(text))
        {
            if (!Overlaps(m))
            {
                Take(m, new DateMention(new DateOnly(int.Parse(m.Value, CultureInfo.InvariantCulture), 7, 1), 4, false));
            }
        }

        return [.. absolute.OrderBy(a => a.Item1.Start)];

        bool Overlaps(Match m)
        {
            var span = new TextSpan(m.Index, m.Index + m.Length);
            return taken.Exists(t => t.Overlaps(span));
        }

        void Take(Match m, DateMention value)
        {
            var span = new TextSpan(m.Index, m.Index + m.Length);
            taken.Add(span);
            absolute.Add((span, value));
        }
    }

    /// <summary>"GAO, March 3 (Sahel Wire) -": an upper-case place and a comma open the line, a dash follows.</summary>
    private static bool IsDateline(string text, TextSpan span)
    {
        var lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var before = text.AsSpan(lineStart, span.Start - lineStart).TrimEnd();
        if (before.Length < 3 || before.Length > 60 || before[^1] != ',')
        {
            return false;
        }

        // The place in capitals opens the line ("KADUNA, Nigeria, Oct 20", "EL OBEID, Nov 18"); a country may follow.
        var comma = before.IndexOf(',');
        var place = before[..comma];
        var letters = 0;
        foreach (var c in place)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        var after = text.AsSpan(span.End, Math.Min(60, text.Length - span.End));
        return letters >= 3 && DatelineTail().IsMatch(after);
    }

    [GeneratedRegex(@"^\s*(?:,?\s*(?:19|20)\d{2})?\s*(?:\([^)]{1,40}\))?\s*[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineTail();

    private static bool IsMonth(string word, out int month)
    {
        // "may" and "march" in lower case are a verb, not a month, in English text.
        if (word is "may" or "march")
        {
            month = 0;
            return false;
        }

        return Months.TryGetValue(TextNormalizer.Fold(word), out month);
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static Dictionary<string, int> BuildMonths()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        string[][] names =
        [
            ["january", "jan", "janvier"], ["february", "feb", "fevrier"], ["march", "mar", "mars"], ["april", "apr", "avril"],
            ["may", "mai"], ["june", "jun", "juin"], ["july", "jul", "juillet"], ["august", "aug", "aout"],
            ["september", "sep", "sept", "septembre"], ["october", "oct", "octobre"], ["november", "nov", "novembre"],
            ["december", "dec", "decembre"],
        ];
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var n in names[i])
            {
                map[n] = i + 1;
            }
        }

        return map;
    }
}
