using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// Finds dates in English and French: absolute ("December 1, 2024", "1er décembre 2024", "2024-12-01"), month
/// and year ("in March 2024"), a part of a month without its year ("début août", "late October": the latest such month
/// of the page), bare years, and relative dates ("on Sunday", "yesterday", "last week",
/// "dimanche dernier", "hier") resolved against the publication date. Without a publication date, relative dates
/// are resolved against the latest full date in the text; with neither they stay unresolved rather than guessed.
/// </summary>
public sealed partial class DateStage : IPipelineStage
{
    private static readonly DateWords Words = DateWords.Default;

    /// <summary>A date without a year more than this many days after publication belongs to the previous year.</summary>
    public const int FutureToleranceDays = 7;

    /// <summary>The longest word between a dateline's comma and its day ("le", "el").</summary>
    private const int MaxDatelineArticle = 3;

    /// <summary>The day a month known only as a month is coded on.</summary>
    private const int MidMonth = 15;

    /// <summary>Precision of a date known to its month.</summary>
    private const int MonthPrecision = 3;

    /// <summary>A weekday in a month known only as a month is taken this many days or fewer from its middle.</summary>
    private const int DaysAroundMiddle = 3;

    /// <summary>"This Wednesday" on a page known only to be of the latest day it names or later is at most this many
    /// days after that day (else the one before it).</summary>
    private const int DaysAheadOfTextDay = 3;

    /// <summary>A day range this long or shorter is coded at week precision.</summary>
    private const int DaysInWeekRange = 7;

    [GeneratedRegex(@"\b(?<y>(?:19|20)[0-9]{2})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<y>(?:19|20)[0-9]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    /// <summary>"date 2022-09 ...": a year and month alone after at most a few label words at the very start of the
    /// page, the month the page was put online.</summary>
    [GeneratedRegex(@"\A\s*(?:\p{L}+[^\S\n]*:?[^\S\n]*){0,4}?(?<ym>(?<y>(?:19|20)[0-9]{2})[-/](?<mo>[0-9]{2}))(?![-/]?[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthStamp();

    public string Name => "dates";

    public Annotations Requires => Annotations.Text;

    public Annotations Produces => Annotations.Dates;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = Find(document.Text, document.Metadata.Published is { } p ? DateOnly.FromDateTime(p.Date) : null, Today(document));
        return document with { Dates = [.. found.Select(f => new Mention<DateMention>(f.Span, f.Value, Name))] };
    }

    /// <summary>The day a report was read: its retrieval time when known, else now. A report with no publication
    /// date was published before it.</summary>
    public static DateOnly Today(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return DateOnly.FromDateTime((document.Metadata.Retrieved ?? DateTimeOffset.UtcNow).UtcDateTime);
    }

    /// <summary>Every date expression in <paramref name="text"/>, resolved where possible, in text order.</summary>
    public static List<(TextSpan Span, DateMention Value)> Find(string text, DateOnly? published) => Find(text, published, null);

    /// <summary>
    /// Every date expression in <paramref name="text"/>, resolved where possible, in text order. Without a
    /// publication date, <paramref name="today"/> (when the report was read) bounds the year of a day named without
    /// one: the weekday that goes with it pins the latest year before today at week precision ("Saturday, 15
    /// November"), and with nothing to pin it the latest such day before today is taken at month precision.
    /// </summary>
    public static List<(TextSpan Span, DateMention Value)> Find(string text, DateOnly? published, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Eastern Arabic digits read as 0-9; the copy has the text's length, so every span still points into the text.
        text = TextNormalizer.AsciiDigits(text);
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

        // A page stamp that gives only the month ("date 2022-09"): the page's year, and the month its days are in.
        DateOnly? stampMonth = null;
        if (published is null && YearMonthStamp().Match(text) is { Success: true } stamp &&
            new TextSpan(stamp.Groups["ym"].Index, stamp.Groups["ym"].Index + stamp.Groups["ym"].Length) is var stampSpan &&
            TryDate(int.Parse(stamp.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(stamp.Groups["mo"].Value, CultureInfo.InvariantCulture), MidMonth) is { } stampMiddle &&
            !taken.Exists(t => t.Overlaps(stampSpan)))
        {
            stampMonth = stampMiddle;
            taken.Add(stampSpan);
            absolute.Add((stampSpan, new DateMention(stampMiddle, MonthPrecision, false) { IsDateline = true }));
        }

        // The last day a day named without a year may fall on: a week after publication, else after the stamp's month.
        var bound = published is { } pub ? AddDays(pub, FutureToleranceDays)
            : stampMonth is { } sm ? AddDays(new DateOnly(sm.Year, sm.Month, DateTime.DaysInMonth(sm.Year, sm.Month)), FutureToleranceDays)
            : null;

        // "between 10 and 16 March 2025": the middle day, at week precision (month precision for longer spans).
        foreach (Match m in Words.DayRange.Matches(text))
        {
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : (published ?? stampMonth)?.Year;
            var first = int.Parse(m.Groups["d1"].Value, CultureInfo.InvariantCulture);
            var last = int.Parse(m.Groups["d2"].Value, CultureInfo.InvariantCulture);
            if (year is null || !Words.IsMonth(m.Groups["m"].Value, out var month) || last <= first ||
                TryDate(year.Value, month, first + ((last - first) / 2)) is not { } middle)
            {
                continue;
            }

            Take(m, new DateMention(middle, last - first <= DaysInWeekRange ? 2 : 3, false));
        }

        foreach (var regex in new[] { Words.DayMonth, Words.MonthDay })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (Overlaps(m) || !Words.IsMonth(m.Groups["m"].Value, out var month) || (regex == Words.DayMonth && AfterMonthName(text, m.Index)))
                {
                    continue;
                }

                var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                if (m.Groups["y"].Success)
                {
                    if (TryDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, day) is { } date)
                    {
                        // "mercredi 8 janvier 2024": the weekday is part of the date, and tells the year when the one
                        // written does not fit it.
                        var weekday = WeekdayBefore(text, m.Index);
                        var whole = new TextSpan(weekday is null ? m.Index : WeekdayStart(text, m.Index), m.Index + m.Length);
                        taken.Add(whole);
                        absolute.Add((whole, new DateMention(weekday is { } w ? YearFitting(date, w, published ?? today) : date, 1, false)));
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

        foreach (Match m in Words.MonthYear.Matches(text))
        {
            if (Overlaps(m) || !Words.IsMonth(m.Groups["m"].Value, out var month))
            {
                continue;
            }

            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (TryDate(year, month, 1) is null)
            {
                continue;
            }

            Take(m, new DateMention(MonthPartDay(year, month, m), MonthPrecision, false));
        }

        var knownYear = published?.Year ?? absolute.Select(a => a.Item2.Date?.Year).Max();

        // An undated page: the first day of the latest month it names with a year. A day it names without one is news,
        // so not earlier (a year is written for a past month: "the March 6 raid, the worst since November 2024").
        var latestMonthNamed = published is null && stampMonth is null
            ? absolute.Select(a => a.Item2.Date is { } d ? new DateOnly(d.Year, d.Month, 1) : (DateOnly?)null).Max()
            : null;

        // A page that gives no year: the latest year a weekday pins ("Thursday 28 September") is that of its other days.
        var yearPinned = false;
        if (knownYear is null && today is { } readOn && AddDays(readOn, FutureToleranceDays) is { } readBound)
        {
            knownYear = pending.Select(p => WeekdayBefore(text, p.Span.Start) is { } w ? LatestYearWith(p.Day, p.Month, w, readBound)?.Year : null).Max();
            yearPinned = knownYear is not null;
        }

        foreach (var (span, day, month) in pending)
        {
            var weekday = WeekdayBefore(text, span.Start);
            DateMention value;
            if (bound is { } b && (published ?? stampMonth)?.Year is { } pageYear)
            {
                // Published (or stamped) in a year: the day is in it, unless that is later than the page.
                var date = TryDate(pageYear, month, day);
                if (date is not null && date.Value > b)
                {
                    date = TryDate(pageYear - 1, month, day);
                }

                // "vendredi 14 septembre" published on Saturday 15 November: the Friday of the week before publication
                // is the 14th, so the month name slipped.
                if (weekday is { } named && date?.DayOfWeek != named && published is { } pubDay &&
                    AddDays(pubDay, -(((int)pubDay.DayOfWeek - (int)named + 7) % 7)) is { } lastSuch && lastSuch.Day == day)
                {
                    date = lastSuch;
                }

                value = new DateMention(date, 1, false);
            }
            else if (knownYear is { } year)
            {
                // The other dates of the page give its year; a weekday that does not fit it moves to the year before
                // in which it does.
                // A year only a weekday pins is known to the week; it is not before the latest month the page names
                // with a year either ("Wednesday, March 5", the worst since "November 2024": 2025).
                var date = TryDate(year, month, day);
                if (date < latestMonthNamed && TryDate(year + 1, month, day) is { } next && (today is not { } t || next <= AddDays(t, FutureToleranceDays)))
                {
                    date = next;
                }

                var pinned = weekday is { } w ? LatestYearWith(day, month, w, new DateOnly(date?.Year ?? year, 12, 31)) : null;
                value = pinned is { } pd && (pd.Year != (date?.Year ?? year) || yearPinned) ? new DateMention(pd, 2, false) { IsNamedDay = true }
                    : new DateMention(date, yearPinned ? 2 : 1, false) { IsNamedDay = yearPinned };
            }
            else if (today is { } t && AddDays(t, FutureToleranceDays) is { } latest)
            {
                value = weekday is { } w && LatestYearWith(day, month, w, latest) is { } pd
                    ? new DateMention(pd, 2, false) { IsNamedDay = true }
                    : new DateMention(LatestYearWith(day, month, null, latest), 3, false) { IsNamedDay = true, IsFromReadDay = true };
            }
            else
            {
                value = new DateMention(null, 1, false);
            }

            // "Mardi 9 août": the weekday belongs to the day it names.
            var whole = weekday is not null ? new TextSpan(WeekdayStart(text, span.Start), span.End) : span;
            taken.Add(whole);
            absolute.Add((whole, value));
        }

        // Datelines give the filing date; they anchor relative dates when the publication date is unknown.
        for (var i = 0; i < absolute.Count; i++)
        {
            if (IsDateline(text, absolute[i].Item1))
            {
                absolute[i] = (absolute[i].Item1, absolute[i].Item2 with { IsDateline = true });
            }
        }

        // The anchor for relative dates: the publication date, else the dateline, else the latest full date in the text
        // (on a page stamped with a month, only one from its second half: an earlier day tells little of the page's
        // own), else the latest day a weekday pins on a page without a year, at week precision.
        var latestDay = absolute.Where(a => a.Item2.IsSpecificDay).Select(a => a.Item2.Date).Max();
        var datelineDay = absolute.Where(a => a.Item2.IsDateline && a.Item2.IsSpecificDay).Select(a => a.Item2.Date).FirstOrDefault();
        var anchor = published ?? datelineDay ?? (latestDay < stampMonth ? null : latestDay);
        // Only a day the text names anchors: the page is of that day or a later one.
        var anchorIsLowerBound = published is null && datelineDay is null;
        var anchorPrecision = 1;
        if (anchor is null && stampMonth is null &&
            absolute.Where(a => a.Item2.IsNamedDay && a.Item2.Precision == 2).Select(a => a.Item2.Date).Max() is { } pinnedDay)
        {
            anchor = pinnedDay;
            anchorPrecision = 2;
        }

        // "early August", "fin octobre" without a year: that part of the latest such month not after the page's day.
        if ((anchor ?? stampMonth) is { } pageDay && AddDays(pageDay, FutureToleranceDays) is { } partBound)
        {
            foreach (Match m in Words.MonthPartAlone.Matches(text))
            {
                if (!Overlaps(m) && Words.IsMonth(m.Groups["m"].Value, out var month) &&
                    (new DateOnly(pageDay.Year, month, 1) > partBound ? pageDay.Year - 1 : pageDay.Year) is var year &&
                    TryDate(year, month, 1) is not null)
                {
                    Take(m, new DateMention(MonthPartDay(year, month, m), MonthPrecision, false));
                }
            }
        }

        // "dans la nuit de jeudi à vendredi": the night is dated by the evening it began.
        foreach (Match m in Words.NightPair.Matches(text))
        {
            if (!Overlaps(m))
            {
                Take(m, WeekdayDate(Words.WeekdayOf(m.Groups["wd"].Value), last: false));
            }
        }

        foreach (Match m in Words.Weekday.Matches(text))
        {
            if (!Overlaps(m))
            {
                Take(m, WeekdayDate(Words.WeekdayOf(m.Groups["wd"].Value), m.Groups["lastb"].Success || m.Groups["lasta"].Success, m.Groups["thisb"].Success));
            }
        }

        foreach (Match m in Words.RelativeWord.Matches(text))
        {
            if (Overlaps(m))
            {
                continue;
            }

            // "the day before", "la veille": relative to another event, resolved by the event stage.
            var rel = Words.Relative(m.Groups["w"].Value);
            if (rel is null)
            {
                Take(m, new DateMention(null, 1, true));
                continue;
            }

            DateOnly? date = anchor is { } a && published is not null ? AddDays(a, rel.Value.Offset) : null;
            if (date is null && anchor is null && stampMonth is { } month)
            {
                // Only the month of the page is known: "yesterday" is some day of it.
                Take(m, new DateMention(AddDays(month, rel.Value.Offset), MonthPrecision, true));
                continue;
            }

            if (date is { } d && rel.Value.Precision == 2)
            {
                // ACLED: a week known only as a week is coded on its middle day.
                date = AddDays(d, 2 - (((int)d.DayOfWeek + 6) % 7));
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

        // A weekday named alone ("on Sunday", "last Sunday"): the latest such day before the anchor.
        DateMention WeekdayDate(DayOfWeek weekday, bool last, bool thisWeek = false)
        {
            DateOnly? date = null;
            var precision = 1;
            if (anchor is null && stampMonth is { } month && AddDays(month, DaysAroundMiddle) is { } late)
            {
                // Only the month of the page is known: that weekday nearest the middle of the month.
                date = AddDays(late, -(((int)late.DayOfWeek - (int)weekday + 7) % 7));
                precision = MonthPrecision;
            }
            else if ((anchor ?? today) is { } a)
            {
                var back = ((int)a.DayOfWeek - (int)weekday + 7) % 7;
                if (back == 0 && last)
                {
                    back = 7;
                }

                date = AddDays(a, -back);

                // "ce mercredi", "this Wednesday" on a page whose day is only known to be on or after the latest day it
                // names: the writer's present week, so the such day nearest that day, a few days after it or not
                // (within the stamped month).
                var ahead = (7 - back) % 7;
                if (thisWeek && anchor is not null && anchorIsLowerBound && ahead is >= 1 and <= DaysAheadOfTextDay &&
                    AddDays(a, ahead) is { } later && (stampMonth is not { } sm || later.Month == sm.Month))
                {
                    date = later;
                }

                // Only the day the report was read is known: the weekday is in some week before it.
                precision = anchor is null ? MonthPrecision : anchorPrecision;
            }

            return new DateMention(date, precision, true) { IsFromReadDay = date is not null && anchor is null && precision == MonthPrecision && stampMonth is null };
        }

        // The day a part of a month is coded on: its first day, its middle or its last day.
        static DateOnly MonthPartDay(int year, int month, Match m) =>
            Words.PartOf(m.Groups["mpart"].Success ? m.Groups["mpart"].Value : null) switch
            {
                MonthPart.Start => new DateOnly(year, month, 1),
                MonthPart.End => new DateOnly(year, month, DateTime.DaysInMonth(year, month)),
                _ => new DateOnly(year, month, MidMonth),
            };

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

    /// <summary>The most words of a label before the date stamp that opens a page ("date", "Published", "Mis à jour le").</summary>
    private const int MaxStampLabelWords = 4;

    /// <summary>"Published 2025-03-04 ...": a numeric date after only a short label at the very start of the text is
    /// when the page was put online, like a dateline.</summary>
    private static bool IsPageStamp(string text, TextSpan span, int lineStart, ReadOnlySpan<char> before)
    {
        if (lineStart != 0 || !char.IsDigit(text[span.Start]) || text.AsSpan(span.Start, span.Length).IndexOf('-') < 0)
        {
            return false;
        }

        var words = 0;
        var inWord = false;
        foreach (var c in before)
        {
            if (char.IsLetter(c))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c) || c == ':')
            {
                inWord = false;
            }
            else
            {
                return false;
            }
        }

        return words <= MaxStampLabelWords;
    }

    /// <summary>Whether a month name is written just before <paramref name="at"/> ("July 23 March to Parliament": the
    /// day is July's, the month after it starts other words).</summary>
    private static bool AfterMonthName(string text, int at)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        return end < at && start < end && Words.IsMonth(text[start..end].TrimEnd('.'), out _);
    }

    /// <summary>The weekday written just before a day ("Saturday, 15 November", "le mardi 10 février"), or null.</summary>
    private static DayOfWeek? WeekdayBefore(string text, int dayStart)
    {
        var start = WeekdayStart(text, dayStart);
        return start < dayStart && Words.Weekday.Match(text, start, dayStart - start) is { Success: true } m ? Words.WeekdayOf(m.Groups["wd"].Value) : null;
    }

    /// <summary>Where the weekday written just before a day starts; <paramref name="dayStart"/> when there is none.</summary>
    private static int WeekdayStart(string text, int dayStart)
    {
        var windowStart = Math.Max(0, dayStart - WeekdayWindow);
        foreach (Match m in Words.Weekday.Matches(text[windowStart..dayStart]))
        {
            if (m.Groups["wd"].Success && text.AsSpan(windowStart + m.Index + m.Length, dayStart - (windowStart + m.Index + m.Length)).Trim(" ,\u00A0").IsEmpty)
            {
                // "ce mercredi 8 janvier 2024": the date is the weekday and day, not the word before them.
                return windowStart + (m.Groups["thisb"].Success ? m.Groups["wd"].Index : m.Index);
            }
        }

        return dayStart;
    }

    /// <summary><paramref name="date"/> when it falls on <paramref name="weekday"/>; else the same day and month of the
    /// next year when that does (the old year written at the turn of the year), not later than a week after
    /// <paramref name="latest"/>; else <paramref name="date"/> (a slipped day or weekday is not guessed).</summary>
    private static DateOnly YearFitting(DateOnly date, DayOfWeek weekday, DateOnly? latest)
    {
        if (date.DayOfWeek == weekday)
        {
            return date;
        }

        var bound = latest is { } l ? AddDays(l, FutureToleranceDays) : null;
        return TryDate(date.Year + 1, date.Month, date.Day) is { } next && next.DayOfWeek == weekday && (bound is null || next <= bound) ? next : date;
    }

    /// <summary>The latest <paramref name="day"/> of <paramref name="month"/> on or before <paramref name="latest"/>
    /// that falls on <paramref name="weekday"/> (any weekday when null), within a weekday cycle of years.</summary>
    private static DateOnly? LatestYearWith(int day, int month, DayOfWeek? weekday, DateOnly latest)
    {
        for (var year = latest.Year; year > latest.Year - YearsInWeekdayCycle && year >= 1; year--)
        {
            if (TryDate(year, month, day) is { } date && date <= latest && (weekday is null || date.DayOfWeek == weekday))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>How far before a day its weekday may be written ("mercredi, le " and spaces).</summary>
    private const int WeekdayWindow = 24;

    /// <summary>The calendar repeats its weekdays within 28 years (leap days within 400; a miss is no date).</summary>
    private const int YearsInWeekdayCycle = 40;

    /// <summary>"GAO, March 3 (Sahel Wire) -": an upper-case place and a comma open the line, a dash follows.</summary>
    private static bool IsDateline(string text, TextSpan span)
    {
        var lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var before = text.AsSpan(lineStart, span.Start - lineStart).TrimEnd();
        if (IsPageStamp(text, span, lineStart, before))
        {
            return true;
        }

        // "DORI, le 11 février 2026 –": a short lower-case article may stand between the comma and the day.
        var article = before.Length - 1;
        while (article >= 0 && char.IsLower(before[article]))
        {
            article--;
        }

        if (article >= 0 && before.Length - 1 - article is >= 1 and <= MaxDatelineArticle && char.IsWhiteSpace(before[article]))
        {
            before = before[..article].TrimEnd();
        }

        // "August 9, 2025 (EL OBEID) –": the day opens the line, the place in capitals follows in brackets.
        if (before.IsEmpty)
        {
            return PlaceAfterDay().IsMatch(text.AsSpan(span.End, Math.Min(60, text.Length - span.End)));
        }

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

    [GeneratedRegex(@"^\s*(?:,?\s*(?:19|20)[0-9]{2})?\s*(?:\([^)]{1,40}\))?\s*[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineTail();

    [GeneratedRegex(@"^[^\S\n]*\([A-Z][A-Z\u00C0-\u00DE .'’/-]{1,40}\)[^\S\n]*[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfterDay();

    /// <summary>The date, or null when no calendar has it (year 0, 30 February); never throws.</summary>
    internal static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary><paramref name="date"/> moved by <paramref name="days"/>, or null past either end of the calendar.</summary>
    internal static DateOnly? AddDays(DateOnly date, int days)
    {
        var number = (long)date.DayNumber + days;
        return number >= DateOnly.MinValue.DayNumber && number <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)number) : null;
    }
}
