using System.Globalization;
using System.Text.RegularExpressions;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Sources.Feeds;

/// <summary>
/// Reads the dates real feeds and pages carry: RFC 822 with any zone abbreviation from
/// <c>Resources/timezones.tsv</c> ("Sun, 01 Dec 2024 09:00:00 EAT"), numeric offsets, a missing or wrong weekday,
/// two-digit years, and ISO 8601. A date without a zone is read as UTC.
/// </summary>
public static partial class LenientDate
{
    private static readonly Dictionary<string, TimeSpan> Zones = ResourceFile.ReadRows("timezones.tsv")
        .ToDictionary(r => r[0].Trim(), r => ParseOffset(r[1].Trim()), StringComparer.OrdinalIgnoreCase);

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd", "yyyyMMdd'T'HHmmssK",
    ];

    public static bool TryParse(string? value, out DateTimeOffset result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        if (text.Length > 100)
        {
            return false;
        }

        if (DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out result))
        {
            return true;
        }

        var match = Rfc822().Match(text);
        if (match.Success)
        {
            var zone = match.Groups["zone"].Value;
            TimeSpan offset;
            if (zone.Length == 0)
            {
                offset = TimeSpan.Zero;
            }
            else if (zone[0] is '+' or '-')
            {
                var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
                if (digits.Length != 4)
                {
                    return false;
                }

                offset = new TimeSpan(int.Parse(digits[..2], CultureInfo.InvariantCulture), int.Parse(digits[2..], CultureInfo.InvariantCulture), 0);
                if (zone[0] == '-')
                {
                    offset = -offset;
                }
            }
            else if (!Zones.TryGetValue(zone, out offset))
            {
                return false;
            }

            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year < 100)
            {
                year += year < 50 ? 2000 : 1900;
            }

            var month = MonthNumber(match.Groups["month"].Value);
            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            var hour = match.Groups["hour"].Success ? int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) : 0;
            var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
            var second = match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
            if (month == 0 || day is < 1 or > 31 || hour > 23 || minute > 59 || second > 60 || year is < 1900 or > 2200 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            result = new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result);
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
    };

    private static TimeSpan ParseOffset(string text)
    {
        var sign = text[0] == '-' ? -1 : 1;
        var parts = text.TrimStart('+', '-').Split(':');
        return sign * new TimeSpan(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), 0);
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{2,9},?\s+)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?\s+(?<year>\d{2,4})(?:\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?)?\s*(?<zone>[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Rfc822();
}
