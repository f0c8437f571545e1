namespace ConflictAtlas.Core.Catalogs;

/// <summary>
/// A country as ACLED names it, with its codes, other names and the adjectives that point to it. Adjectives other
/// than the English ones are given in the masculine singular; <see cref="CountryCatalog"/> derives their other forms.
/// </summary>
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
    double Longitude)
{
    public IReadOnlyList<string> SpanishDemonyms { get; init; } = [];

    public IReadOnlyList<string> PortugueseDemonyms { get; init; } = [];

    public IReadOnlyList<string> ArabicDemonyms { get; init; } = [];

    /// <summary>The name of the country's capital city as the gazetteer gives it (its PPLC place), if it marks one.</summary>
    public string? Capital { get; init; }

    /// <summary>
    /// The part of the world of the country's ACLED region: "Africa" for the five African regions, "Asia" for the
    /// Asian ones, "Americas" for North, Central and South America and the Caribbean, else the region itself.
    /// </summary>
    public string Continent => Region switch
    {
        _ when Region.EndsWith("Africa", StringComparison.Ordinal) => "Africa",
        _ when Region.EndsWith("Asia", StringComparison.Ordinal) => "Asia",
        _ when Region.EndsWith("America", StringComparison.Ordinal) || Region == "Caribbean" => "Americas",
        _ => Region,
    };

    /// <summary>The country's name followed by its other names, without repeats.</summary>
    public IEnumerable<string> AllNames => OtherNames.Prepend(Name).Distinct(StringComparer.Ordinal);
}
