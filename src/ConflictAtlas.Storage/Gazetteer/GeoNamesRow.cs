using System.Globalization;

namespace ConflictAtlas.Storage.Gazetteer;

/// <summary>
/// One row of a GeoNames dump (allCountries.txt, ML.txt, cities500.txt): 19 tab-separated columns, of which the
/// gazetteer keeps id, names, coordinates, feature class and code, country, admin1/admin2 codes and population.
/// </summary>
public sealed record GeoNamesRow(
    long GeonameId,
    string Name,
    string AsciiName,
    IReadOnlyList<string> AlternateNames,
    double Latitude,
    double Longitude,
    char FeatureClass,
    string FeatureCode,
    string CountryIso2,
    string Admin1Code,
    string Admin2Code,
    long Population)
{
    public const int ColumnCount = 19;

    /// <summary>Parses one line; null for blank, comment or malformed lines.</summary>
    public static GeoNamesRow? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length == 0 || line[0] == '#')
        {
            return null;
        }

        var f = line.Split('\t');
        if (f.Length < 15 ||
            !long.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ||
            !double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) ||
            !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
        {
            return null;
        }

        _ = long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
        var alternates = f[3].Length == 0 ? [] : f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new GeoNamesRow(id, f[1], f[2], alternates, lat, lon, f[6].Length > 0 ? f[6][0] : ' ', f[7], f[8], f[10], f[11], population);
    }

    /// <summary>
    /// One row of alternateNamesV2.txt (alternateNameId, geonameid, isolanguage, alternate name, isPreferredName,
    /// isShortName, isColloquial, isHistoric, from, to): the place id, language and name; null when malformed.
    /// </summary>
    public static (long GeonameId, string Language, string Name)? ParseAlternateName(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var f = line.Split('\t');
        if (f.Length < 4 || !long.TryParse(f[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) || f[3].Length == 0)
        {
            return null;
        }

        return (id, f[2], f[3]);
    }
}
