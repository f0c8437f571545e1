namespace ConflictAtlas.Core.Geo;

/// <summary>
/// Looks places up by name. Keys are <see cref="Lexicon.TextNormalizer.PlaceKey"/> of a name, so spelling variants
/// of one name share a key. Implementations: the embedded supplement (<see cref="InMemoryGazetteer"/>) and the
/// SQLite gazetteer built at setup from GeoNames data.
/// </summary>
public interface IGazetteer
{
    /// <summary>Every place whose name or alternate name has this key.</summary>
    IReadOnlyList<GazetteerEntry> Lookup(string placeKey);

    /// <summary>The most tokens a place name in this gazetteer has ("Dar es Salaam" has 3).</summary>
    int MaxNameTokens { get; }

    /// <summary>The first-level region of a country by name, if known.</summary>
    GazetteerEntry? FindAdmin1(string countryIso2, string admin1Name);
}
