using ConflictAtlas.Core.Deduplication;

namespace ConflictAtlas.Bench;

/// <summary>
/// Synthetic event reports with a known truth: real events spread over countries, towns, days, sub-types and actor
/// pairs, each reported one to four times with the variations real outlets show (another centroid up to ~2 km
/// away, actors in the other order, a week-precise date one day off).
/// </summary>
public static class SyntheticAtoms
{
    private const int Countries = 40;
    private const int TownsPerCountry = 300;
    private const int Days = 3 * 365;
    private const int Actors = 25;

    private static readonly string[] SubTypes =
    [
        "Armed clash", "Attack", "Air/drone strike", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack",
        "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence",
    ];

    public static (List<AtomKey> Keys, int[] Truth) Generate(int count, int seed = 20241201)
    {
        var random = new Random(seed);
        var keys = new List<AtomKey>(count);
        var truth = new int[count];
        var start = new DateOnly(2022, 1, 1);
        var eventId = 0;
        while (keys.Count < count)
        {
            var iso = 100 + random.Next(Countries);
            var town = random.Next(TownsPerCountry);
            var lat = -10 + (iso % 10) * 3 + town % 20 * 0.15;
            var lon = -10 + (iso / 10 % 10) * 3 + town / 20 * 0.15;
            var day = start.AddDays(random.Next(Days));
            var sub = SubTypes[random.Next(SubTypes.Length)];
            var a1 = "Actor " + random.Next(Actors);
            var a2 = "Actor " + (Actors + random.Next(Actors));
            var reports = 1 + random.Next(4);
            for (var r = 0; r < reports && keys.Count < count; r++)
            {
                var swap = random.Next(3) == 0;
                var imprecise = random.Next(5) == 0;
                keys.Add(new AtomKey(
                    sub,
                    swap ? a2 : a1,
                    swap ? a1 : a2,
                    iso,
                    random.Next(2) == 0 ? $"{iso}-{town}" : null,
                    lat + (random.NextDouble() - 0.5) * 0.02,
                    lon + (random.NextDouble() - 0.5) * 0.02,
                    1,
                    imprecise ? day.AddDays(random.Next(2)) : day,
                    imprecise ? 2 : 1));
                truth[keys.Count - 1] = eventId;
            }

            eventId++;
        }

        // Reports arrive in no particular order.
        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (keys[i], keys[j]) = (keys[j], keys[i]);
            (truth[i], truth[j]) = (truth[j], truth[i]);
        }

        return (keys, truth);
    }
}
