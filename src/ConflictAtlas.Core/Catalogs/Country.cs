namespace ConflictAtlas.Core.Catalogs;

/// <summary>A country as ACLED names it, with its codes, other names and the adjectives that point to it.</summary>
public sealed record Country(
    string Iso2,
    string Iso3,
    int IsoNumeric,
    string Name,
    IReadOnlyList<string> OtherNames,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> FrenchDemonyms,
    string Region,
    double Latitude,
    double Longitude);
