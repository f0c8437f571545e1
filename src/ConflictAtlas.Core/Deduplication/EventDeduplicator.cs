namespace ConflictAtlas.Core.Deduplication;

/// <summary>
/// Groups event records into real events with <see cref="DedupRules"/>. Candidates are blocked by country, day and
/// sub-event type: a record is compared only with the events of its own country and type on its day and the days either side, so the cost
/// grows with the number of records times the (small) number of events per country-day, not with n².
/// </summary>
public static class EventDeduplicator
{
    /// <summary>The cluster of each key, numbered from 0 in order of first appearance.</summary>
    public static int[] Cluster(IReadOnlyList<AtomKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var clusterOf = new int[keys.Count];
        var representatives = new List<AtomKey>();
        var blocks = new Dictionary<(int Iso, int Day, string SubType), List<int>>();
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (!key.IsMergeable)
            {
                clusterOf[i] = representatives.Count;
                representatives.Add(key);
                continue;
            }

            var iso = key.Iso!.Value;
            var day = key.Date!.Value.DayNumber;
            var found = -1;
            for (var d = day - DedupRules.ImpreciseDateToleranceDays; d <= day + DedupRules.ImpreciseDateToleranceDays && found < 0; d++)
            {
                if (!blocks.TryGetValue((iso, d, key.SubEventType), out var members))
                {
                    continue;
                }

                foreach (var cluster in members)
                {
                    if (DedupRules.SameEvent(representatives[cluster], key))
                    {
                        found = cluster;
                        break;
                    }
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
}
