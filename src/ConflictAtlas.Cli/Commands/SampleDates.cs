using System.Globalization;

namespace ConflictAtlas.Cli.Commands;

/// <summary>
/// Sample reports may carry their publication date in a sidecar file <c>NAME.published</c> (YYYY-MM-DD), as a
/// manifest would give it for a crawled page.
/// </summary>
public static class SampleDates
{
    public static DateTimeOffset? PublishedFor(string file)
    {
        var sidecar = Path.ChangeExtension(file, ".published");
        if (!File.Exists(sidecar))
        {
            return null;
        }

        return DateOnly.TryParseExact(File.ReadAllText(sidecar).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
    }
}
