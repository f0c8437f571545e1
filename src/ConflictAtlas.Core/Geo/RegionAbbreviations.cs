using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Geo;

/// <summary>
/// The abbreviations of first-order regions written after a town ("Monroe, La."), from
/// <c>Resources/region-abbreviations.tsv</c>: each gives the region's country and its name as the gazetteer spells it.
/// </summary>
public sealed class RegionAbbreviations
{
    private readonly List<(string Abbreviation, string CountryIso2, string Admin1)> _rows;

    public RegionAbbreviations(IEnumerable<(string Abbreviation, string CountryIso2, string Admin1)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        // Longest first, so "W.Va." is read before "Va.".
        _rows = [.. rows.OrderByDescending(r => r.Abbreviation.Length)];
    }

    public static RegionAbbreviations Default { get; } = Load();

    /// <summary>
    /// The region (country and admin1 name) of the abbreviation that opens <paramref name="text"/> at
    /// <paramref name="start"/> and ends before a letter or digit, or null.
    /// </summary>
    public (string CountryIso2, string Admin1)? At(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (abbreviation, iso2, admin1) in _rows)
        {
            var end = start + abbreviation.Length;
            if (end <= text.Length && string.CompareOrdinal(text, start, abbreviation, 0, abbreviation.Length) == 0 &&
                (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return (iso2, admin1);
            }
        }

        return null;
    }

    private static RegionAbbreviations Load()
    {
        const string File = "region-abbreviations.tsv";
        return new RegionAbbreviations(ResourceFile.ReadRows(File).Select(r =>
        {
            if (r.Length != 4 || r.Any(f => f.Trim().Length == 0))
            {
                throw new FormatException($"{File}: bad row '{string.Join('\t', r)}' (4 columns: abbreviation, lang, country, admin1)");
            }

            Languages.Check(r[1].Trim(), File);
            return (r[0].Trim(), r[2].Trim(), r[3].Trim());
        }));
    }
}
