namespace ConflictAtlas.Core.Deduplication;

/// <summary>
/// Groups event records into real events with <see cref="DedupRules"/>, in arrival order, one report at a time: every
/// pair of a record of the report and an earlier event scoring at or above the threshold is a candidate, and the
/// candidates are taken best first, each record joining at most one event and each event taking at most one record
/// of the report (two events of one report are never one event); the records left start events of their own.
/// Candidates are blocked by country, time precision and day: a record of precision p looks, for each precision q, at
/// the events of its country with precision q within <see cref="DedupRules.WindowDays(int, int)"/> of its day: one
/// range of at most 2w+1 days per precision (w = 1, 7 or 31). The cost grows with the number of records times the
/// (small) number of events per country and window, not with n². The store runs the same search as three ranges of
/// its (iso, time_precision, event_date) index.
/// </summary>
public static class EventDeduplicator
{
    /// <summary>The cluster of each key, numbered from 0 in order of first appearance; each key is its own report.</summary>
    public static int[] Cluster(IReadOnlyList<AtomKey> keys) => Cluster(keys, null, DedupRules.Threshold);

    /// <summary>As <see cref="Cluster(IReadOnlyList{AtomKey})"/>; consecutive records with the same
    /// <paramref name="documents"/> value are one report's events, and <paramref name="threshold"/> replaces the
    /// rule's.</summary>
    public static int[] Cluster(IReadOnlyList<AtomKey> keys, IReadOnlyList<int>? documents, double threshold)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var clusterOf = new int[keys.Count];
        var state = new Blocks();
        var candidates = new List<(int Record, int Cluster, double Score)>();
        var start = 0;
        while (start < keys.Count)
        {
            var end = start + 1;
            while (documents is not null && end < keys.Count && documents[end] == documents[start])
            {
                end++;
            }

            candidates.Clear();
            for (var i = start; i < end; i++)
            {
                clusterOf[i] = -1;
                state.AddCandidates(keys[i], i, threshold, candidates);
            }

            if (end - start == 1)
            {
                // One record: the best candidate, first found on a tie (the common case, without sorting).
                var best = -1;
                for (var c = 0; c < candidates.Count; c++)
                {
                    best = best < 0 || candidates[c].Score > candidates[best].Score ? c : best;
                }

                clusterOf[start] = best < 0 ? -1 : candidates[best].Cluster;
            }
            else
            {
                candidates.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Record != y.Record ? x.Record.CompareTo(y.Record) : x.Cluster.CompareTo(y.Cluster));
                var taken = new HashSet<int>();
                foreach (var (record, cluster, _) in candidates)
                {
                    if (clusterOf[record] < 0 && taken.Add(cluster))
                    {
                        clusterOf[record] = cluster;
                    }
                }
            }

            for (var i = start; i < end; i++)
            {
                if (clusterOf[i] < 0)
                {
                    clusterOf[i] = state.Add(keys[i]);
                }
            }

            start = end;
        }

        return clusterOf;
    }

    /// <summary>The events so far (each represented by the key of its first record), indexed by country, precision and day.</summary>
    private sealed class Blocks
    {
        private readonly List<AtomKey> _representatives = [];
        private readonly Dictionary<(int Iso, int Precision, int Day), List<Entry>> _blocks = [];
        private readonly HashSet<(int Iso, int Precision)> _precisions = [];

        public void AddCandidates(AtomKey key, int record, double threshold, List<(int Record, int Cluster, double Score)> into)
        {
            if (!key.IsMergeable)
            {
                return;
            }

            var iso = key.Iso!.Value;
            var day = key.Date!.Value.DayNumber;
            var lat = key.Latitude ?? double.NaN;
            for (var q = 1; q <= 3; q++)
            {
                if (!_precisions.Contains((iso, q)))
                {
                    continue;
                }

                var window = DedupRules.WindowDays(key.TimePrecision, q);
                for (var d = day - window; d <= day + window; d++)
                {
                    if (!_blocks.TryGetValue((iso, q, d), out var clusters))
                    {
                        continue;
                    }

                    foreach (var (cluster, latitude, geoPrecision) in clusters)
                    {
                        // The latitude kept beside the candidate rules most of a busy window out without reading its key.
                        if (!double.IsNaN(lat) && !double.IsNaN(latitude) && DedupRules.TooFarByLatitude(lat, key.GeoPrecision, latitude, geoPrecision))
                        {
                            continue;
                        }

                        var (score, blocked) = DedupRules.Score(_representatives[cluster], key);
                        if (blocked is null && score >= threshold)
                        {
                            into.Add((record, cluster, score));
                        }
                    }
                }
            }
        }

        /// <summary>A candidate event in a block: its number, and its latitude (NaN without coordinates) and geo precision.</summary>
        private readonly record struct Entry(int Cluster, double Latitude, int GeoPrecision);

        public int Add(AtomKey key)
        {
            var cluster = _representatives.Count;
            _representatives.Add(key);
            if (key.IsMergeable)
            {
                var block = (key.Iso!.Value, Math.Clamp(key.TimePrecision, 1, 3), key.Date!.Value.DayNumber);
                if (!_blocks.TryGetValue(block, out var list))
                {
                    list = [];
                    _blocks[block] = list;
                }

                list.Add(new Entry(cluster, key.Latitude ?? double.NaN, key.GeoPrecision));
                _precisions.Add((block.Item1, block.Item2));
            }

            return cluster;
        }
    }
}
