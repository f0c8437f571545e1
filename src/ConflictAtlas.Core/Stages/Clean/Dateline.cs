using System.Globalization;
using ConflictAtlas.Core.Stages.Mentions;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>
/// Reads a wire-style dateline at the start of a story: "BAMAKO, Dec 1 (Reuters) -", "NAIROBI, December 1, 2024 -",
/// "BAMAKO, 1 déc (AFP) -". Month names and the order of day and month come from <c>date-words.tsv</c>. Without a
/// year in the dateline the reference year is used, or no date is given.
/// </summary>
public static class Dateline
{
    public static DateTimeOffset? TryRead(string text, int? referenceYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = DateWords.Default;
        var head = text.Length > 200 ? text[..200] : text;
        var match = words.DatelineMonthDay.Match(head);
        if (!match.Success)
        {
            match = words.DatelineDayMonth.Match(head);
        }

        if (!match.Success)
        {
            return null;
        }

        var month = words.DatelineMonth(match.Groups["mon"].Value);
        var day = int.Parse(match.Groups["dd"].Value, CultureInfo.InvariantCulture);
        int? year = match.Groups["yyyy"].Success ? int.Parse(match.Groups["yyyy"].Value, CultureInfo.InvariantCulture) : referenceYear;
        return year is { } y && DateStage.TryDate(y, month, day) is { } date
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
    }
}
