namespace ConflictAtlas.Core.Geo;

/// <summary>
/// One place of the gazetteer. <see cref="FeatureClass"/> follows GeoNames: 'P' populated place, 'A' admin area,
/// 'H' water, 'T' terrain, 'S' site. <see cref="Source"/> says where its coordinates come from.
/// </summary>
public sealed record GazetteerEntry(
    string Id,
    string Name,
    string CountryIso2,
    string? Admin1,
    string? Admin2,
    double Latitude,
    double Longitude,
    long Population,
    char FeatureClass,
    string FeatureCode,
    string Source)
{
    public bool IsAdmin1 => FeatureClass == 'A' && FeatureCode == "ADM1";

    public bool IsPopulated => FeatureClass == 'P';

    /// <summary>A sea, gulf, strait or lake: ACLED places an event there at geo_precision 2, like one near a town.</summary>
    public bool IsWater => FeatureClass == 'H';
}
