using System.Text.Json;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Tests.Support;

namespace ConflictAtlas.Geo.Tests;

/// <summary>
/// Gazetteer coverage of the real reports: every gold place of ../shared/corpus-real that carries coordinates
/// (required and optional events) is found by its name within 25 km of those coordinates, through the curated
/// supplement or the GeoNames gazetteer. ACLED writes a district of a big city as "City - District": the district
/// is tried first, then the city. The held-out reports of corpus/real-holdout.tsv are left out, as they are from
/// every reading of the real corpus made while the rules are tuned.
/// </summary>
public sealed class RealGoldPlaceTests
{
    private const double ToleranceKm = 25;

    [SharedFact("the real reports (corpus-real)")]
    public void Every_gold_place_with_coordinates_is_in_the_gazetteer_within_25_km()
    {
        var places = GoldPlaces();
        Assert.True(places.Count >= 100, $"only {places.Count} gold places with coordinates were read");
        var missing = places.Where(p => !Found(RealGazetteer.Gazetteer, p)).Select(p => p.ToString()).Distinct().ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {places.Count} gold places not found within {ToleranceKm} km:\n" + string.Join('\n', missing));
    }

    private static bool Found(IGazetteer gazetteer, GoldPlace place) =>
        Names(place.Name).Any(name => gazetteer.Lookup(TextNormalizer.PlaceKey(name))
            .Any(e => GeoMath.DistanceKm(e.Latitude, e.Longitude, place.Latitude, place.Longitude) <= ToleranceKm));

    /// <summary>The name as written, its district and city parts ("City - District"), and the name without its
    /// bracketed note and the note itself, which names the larger place ACLED placed a village at ("Vugizo (Gatumba)").</summary>
    private static IEnumerable<string> Names(string name)
    {
        yield return name;
        var bracket = name.IndexOf('(', StringComparison.Ordinal);
        var close = name.IndexOf(')', StringComparison.Ordinal);
        if (bracket > 0)
        {
            yield return name[..bracket].Trim();
            if (close > bracket)
            {
                yield return name[(bracket + 1)..close].Trim();
            }
        }

        var parts = name.Split(" - ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1)
        {
            foreach (var part in parts.Reverse())
            {
                yield return part;
            }
        }
    }

    private static List<GoldPlace> GoldPlaces()
    {
        var root = Path.Combine(Repo.SharedRoot, "corpus-real");
        var heldOut = File.ReadLines(Path.Combine(Repo.Root, "corpus", "real-holdout.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 2)
            .Select(f => f[1].Trim())
            .ToHashSet(StringComparer.Ordinal);
        var result = new List<GoldPlace>();
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (heldOut.Contains(id))
            {
                continue;
            }

            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var list in new[] { "events", "optional_events" })
            {
                if (!json.RootElement.TryGetProperty(list, out var events) || events.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var e in events.EnumerateArray())
                {
                    if (Text(e, "location") is { Length: > 0 } name && Number(e, "latitude") is { } lat && Number(e, "longitude") is { } lon)
                    {
                        result.Add(new GoldPlace(id, name, lat, lon));
                    }
                }
            }
        }

        return result;
    }

    private static string? Text(JsonElement e, string field) =>
        e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement e, string field) =>
        e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private sealed record GoldPlace(string Id, string Name, double Latitude, double Longitude)
    {
        public override string ToString() => $"{Id}: {Name} ({Latitude}, {Longitude})";
    }
}
