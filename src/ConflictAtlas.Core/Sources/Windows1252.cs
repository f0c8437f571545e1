namespace ConflictAtlas.Core.Sources;

/// <summary>
/// Maps the 0x80-0x9F range of a Latin-1 decoding to the characters Windows-1252 puts there (curly quotes, dashes,
/// the euro sign), so text saved by older Windows tools reads correctly without the codepages package.
/// </summary>
public static class Windows1252
{
    private static readonly char[] High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static string Repair(string latin1)
    {
        ArgumentNullException.ThrowIfNull(latin1);
        return string.Create(latin1.Length, latin1, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '\u0080' and <= '\u009F' ? High[c - 0x80] : c;
            }
        });
    }
}
