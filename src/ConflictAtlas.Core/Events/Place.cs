namespace ConflictAtlas.Core.Events;

/// <summary>
/// A resolved location: the named place, its admin units and coordinates, ACLED's <c>geo_precision</c>
/// (1 town, 2 near a town or part of a region, 3 region only) and why the geocoder chose it.
/// </summary>
public sealed record Place
{
    public required string Name { get; init; }

    public required string Country { get; init; }

    /// <summary>ISO 3166-1 numeric code, as ACLED's <c>iso</c>.</summary>
    public required int IsoNumeric { get; init; }

    public string? Admin1 { get; init; }

    public string? Admin2 { get; init; }

    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    public required int GeoPrecision { get; init; }

    /// <summary>The gazetteer's id for the place ("geonames:2453348", "supplement:ml-tinzaouaten").</summary>
    public string? GazetteerId { get; init; }

    /// <summary>A short reason for the choice, e.g. "Mali context beat the Algerian namesake".</summary>
    public string Reason { get; init; } = string.Empty;
}
