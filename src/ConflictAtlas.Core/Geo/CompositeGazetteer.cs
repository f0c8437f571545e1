namespace ConflictAtlas.Core.Geo;

/// <summary>
/// Asks several gazetteers and joins their answers; an earlier answer hides a later one of the same country and
/// feature class within 5 km (a region placed at its capital stays beside the town).
/// </summary>
public sealed class CompositeGazetteer(params IGazetteer[] gazetteers) : IGazetteer
{
    public int MaxNameTokens => gazetteers.Max(g => g.MaxNameTokens);

    public IReadOnlyList<GazetteerEntry> Lookup(string placeKey)
    {
        if (gazetteers.Length == 1)
        {
            return gazetteers[0].Lookup(placeKey);
        }

        // Most keys are known to one gazetteer at most: answer those without copying.
        IReadOnlyList<GazetteerEntry>? first = null;
        List<GazetteerEntry>? result = null;
        foreach (var gazetteer in gazetteers)
        {
            var found = gazetteer.Lookup(placeKey);
            if (found.Count == 0)
            {
                continue;
            }

            if (first is null)
            {
                first = found;
                continue;
            }

            result ??= [.. first];
            foreach (var entry in found)
            {
                if (!result.Exists(e => e.CountryIso2 == entry.CountryIso2 && e.FeatureClass == entry.FeatureClass && GeoMath.DistanceKm(e.Latitude, e.Longitude, entry.Latitude, entry.Longitude) < 5))
                {
                    result.Add(entry);
                }
            }
        }

        return result ?? first ?? [];
    }

    public GazetteerEntry? FindAdmin1(string countryIso2, string admin1Name) =>
        gazetteers.Select(g => g.FindAdmin1(countryIso2, admin1Name)).FirstOrDefault(e => e is not null);
}
