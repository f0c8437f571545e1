using ConflictAtlas.Core.Deduplication;
using ConflictAtlas.Core.Geo;

namespace ConflictAtlas.Bench;

/// <summary>
/// The rule the store used before scored matching, kept here as the benchmark's baseline: the same sub-event type,
/// country, actor pair (either order, one side may be missing), place (gazetteer id or within the less precise
/// place's tolerance) and day (one day either side when a date is imprecise), blocked by country, day and sub-event
/// type; the first matching event wins.
/// </summary>
public static class ExactRuleDeduplicator
{
    public static int[] Cluster(IReadOnlyList<AtomKey> keys)
    {
        var clusterOf = new int[keys.Count];
        var representatives = new List<AtomKey>();
        var blocks = new Dictionary<(int Iso, int Day, string SubType), List<int>>();
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var iso = key.Iso!.Value;
            var day = key.Date!.Value.DayNumber;
            var found = -1;
            for (var d = day - 1; d <= day + 1 && found < 0; d++)
            {
                if (blocks.TryGetValue((iso, d, key.SubEventType), out var members))
                {
                    var index = members.FindIndex(c => Same(representatives[c], key));
                    found = index >= 0 ? members[index] : -1;
                }
            }

            if (found < 0)
            {
                found = representatives.Count;
                representatives.Add(key);
                if (!blocks.TryGetValue((iso, day, key.SubEventType), out var list))
                {
                    list = [];
                    blocks[(iso, day, key.SubEventType)] = list;
                }

                list.Add(found);
            }

            clusterOf[i] = found;
        }

        return clusterOf;
    }

    private static bool Same(AtomKey a, AtomKey b)
    {
        var gap = Math.Abs(a.Date!.Value.DayNumber - b.Date!.Value.DayNumber);
        if (a.SubEventType != b.SubEventType || a.Iso != b.Iso || gap > (a.TimePrecision > 1 || b.TimePrecision > 1 ? 1 : 0))
        {
            return false;
        }

        var samePlace = (a.GazetteerId is not null && a.GazetteerId == b.GazetteerId) ||
                        GeoMath.DistanceKm(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value) <=
                        DedupRules.PlaceToleranceKm(Math.Max(a.GeoPrecision, b.GeoPrecision));
        var (a1, a2, b1, b2) = (a.Actor1, a.Actor2, b.Actor1, b.Actor2);
        var sameActors = (a1 == b1 && a2 == b2) || (a1 == b2 && a2 == b1) ||
                         (a2.Length == 0 && (a1 == b1 || a1 == b2)) || (b2.Length == 0 && (b1 == a1 || b1 == a2));
        return samePlace && sameActors;
    }
}
