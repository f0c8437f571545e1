using System.Globalization;
using System.Text.RegularExpressions;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>
/// Reads a wire-style dateline at the start of a story: "BAMAKO, Dec 1 (Reuters) -", "NAIROBI, December 1, 2024 -",
/// "BAMAKO, 1 déc (AFP) -". Without a year in the dateline the reference year is used, or no date is given.
/// </summary>
public static partial class Dateline
{
    public static DateTimeOffset? TryRead(string text, int? referenceYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.Length > 200 ? text[..200] : text;
        var match = English().Match(head);
        if (!match.Success)
        {
            match = French().Match(head);
        }

        if (!match.Success)
        {
            return null;
        }

        var month = MonthNumber(match.Groups["month"].Value);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : referenceYear;
        if (month == 0 || year is null || day < 1 || day > DateTime.DaysInMonth(year.Value, month))
        {
            return null;
        }

        return new DateTimeOffset(year.Value, month, day, 0, 0, 0, TimeSpan.Zero);
    }

    private static int MonthNumber(string name)
    {
        var key = name.ToLowerInvariant().TrimEnd('.');
        if (key.StartsWith("juin", StringComparison.Ordinal))
        {
            return 6;
        }

        if (key.StartsWith("juil", StringComparison.Ordinal))
        {
            return 7;
        }

        return (key.Length >= 3 ? key[..3] : key) switch
        {
            "jan" => 1, "feb" or "fév" or "fev" => 2, "mar" => 3, "apr" or "avr" => 4, "may" or "mai" => 5, "jun" => 6,
            "jul" => 7, "aug" or "aoû" or "aou" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" or "déc" => 12, _ => 0,
        };
    }

    [GeneratedRegex(@"^\s*(?<place>[A-Z][A-Z\u00C0-\u00DE .'’/-]{1,40}),\s+(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?:,\s*(?<year>(?:19|20)\d{2}))?\s*(?:\([A-Za-z .]{2,30}\))?\s*[-–—]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex English();

    [GeneratedRegex(@"^\s*(?<place>[A-Z][A-Z\u00C0-\u00DE .'’/-]{1,40}),\s+(?<day>\d{1,2})(?:er)?\s+(?<month>janv?\.?|janvier|févr?\.?|février|fev|mars|avr\.?|avril|mai|juin|juil\.?|juillet|août|aout|sept?\.?|septembre|oct\.?|octobre|nov\.?|novembre|déc\.?|décembre)(?:\s+(?<year>(?:19|20)\d{2}))?\s*(?:\([A-Za-z .]{2,30}\))?\s*[-–—]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex French();
}
