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
    private static readonly DateWords Words = DateWords.Default;

    /// <summary>A date without a year more than this many days after publication belongs to the previous year.</summary>
    public const int FutureToleranceDays = 7;

    /// <summary>A day range this long or shorter is coded at week precision.</summary>
    private const int DaysInWeekRange = 7;

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<mo>\d{2})-(?<d>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

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

        // "between 10 and 16 March 2025": the middle day, at week precision (month precision for longer spans).
        foreach (Match m in Words.DayRange.Matches(text))
        {
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : published?.Year;
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
                if (Overlaps(m) || !Words.IsMonth(m.Groups["m"].Value, out var month))
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

        foreach (Match m in Words.MonthYear.Matches(text))
        {
            if (Overlaps(m) || !Words.IsMonth(m.Groups["m"].Value, out var month))
            {
                continue;
            }

            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var lastDay = DateTime.DaysInMonth(year, month);
            var (day, precision) = Words.PartOf(m.Groups["mpart"].Success ? m.Groups["mpart"].Value : null) switch
            {
                MonthPart.Start => (1, 3),
                MonthPart.End => (lastDay, 3),
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

        foreach (Match m in Words.Weekday.Matches(text))
        {
            if (Overlaps(m))
            {
                continue;
            }

            var weekday = Words.WeekdayOf(m.Groups["wd"].Value);
            DateOnly? date = null;
            if (anchor is { } a)
            {
                var back = ((int)a.DayOfWeek - (int)weekday + 7) % 7;
                if (back == 0 && (m.Groups["lastb"].Success || m.Groups["lasta"].Success))
                {
                    back = 7;
                }

                date = a.AddDays(-back);
            }

            Take(m, new DateMention(date, 1, true));
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

    private static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
