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
/// its (iso, time_precision, event_date) index. A record dated only by the day its report was read stands for any day
/// up to <see cref="DedupRules.ReadDayBeforeDays"/> before it: it looks back that far, and such events are kept apart
/// per country, where every record reads them (they are few).
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
        var candidates = new List<Candidate>();
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
                // One record: the best candidate; on a tie the one of the finest time precision, then the earliest day,
                // then the earliest event (the common case, without sorting).
                var best = -1;
                for (var c = 0; c < candidates.Count; c++)
                {
                    best = best < 0 || candidates[c].IsBetterThan(candidates[best]) ? c : best;
                }

                clusterOf[start] = best < 0 ? -1 : candidates[best].Cluster;
            }
            else
            {
                candidates.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Record != y.Record ? x.Record.CompareTo(y.Record) : x.Cluster.CompareTo(y.Cluster));
                var taken = new HashSet<int>();
                foreach (var (record, cluster, _, _, _) in candidates)
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

    /// <summary>A record's candidate event with its score, and where the event was found: its block's time precision
    /// and day.</summary>
    private readonly record struct Candidate(int Record, int Cluster, double Score, int Precision, int Day)
    {
        public bool IsBetterThan(Candidate other) =>
            Score != other.Score ? Score > other.Score
            : Precision != other.Precision ? Precision < other.Precision
            : Day != other.Day ? Day < other.Day
            : Cluster < other.Cluster;
    }

    /// <summary>
    /// The events so far (each represented by the key of its first record), indexed by country, precision and day.
    /// Within a block the events placed at a town (geo precision 1 or 2) are kept in order of latitude, so a record
    /// placed at a town reads only those within its latitude tolerance (<see cref="DedupRules.TooFarByLatitude"/>);
    /// region-level and unplaced events, and towns named like their district (<see cref="DedupRules.NamesItsDistrict"/>),
    /// are always read, and a record at such a town reads every event of the block.
    /// </summary>
    private sealed class Blocks
    {
        private readonly List<AtomKey> _representatives = [];
        private readonly Dictionary<(int Iso, int Precision, int Day), Block> _blocks = [];
        private readonly HashSet<(int Iso, int Precision)> _precisions = [];

        /// <summary>The events dated only by a read day, per country, with that day.</summary>
        private readonly Dictionary<int, List<(Entry Entry, int Day)>> _readDays = [];

        /// <summary>The widest latitude tolerance between two town-level places, in degrees.</summary>
        private static readonly double TownReachDegrees = DedupRules.PlaceToleranceKm(2) / DedupRules.KmPerDegree;

        public void AddCandidates(AtomKey key, int record, double threshold, List<Candidate> into)
        {
            if (!key.IsMergeable)
            {
                return;
            }

            var iso = key.Iso!.Value;
            var day = key.Date!.Value.DayNumber;
            var first = into.Count;
            var lat = key.Latitude ?? double.NaN;
            var atTown = !double.IsNaN(lat) && key.GeoPrecision < 3 && !DedupRules.NamesItsDistrict(key);
            for (var q = 1; q <= 3; q++)
            {
                if (!_precisions.Contains((iso, q)))
                {
                    continue;
                }

                var (earliest, latest) = DedupRules.CandidateDays(key, q);
                for (var d = day + earliest; d <= day + latest; d++)
                {
                    if (!_blocks.TryGetValue((iso, q, d), out var block))
                    {
                        continue;
                    }

                    foreach (var entry in block.Always)
                    {
                        Consider(key, record, threshold, entry, q, d, into);
                    }

                    var towns = block.ByLatitude;
                    var from = atTown ? block.FirstAtOrAbove(lat - TownReachDegrees) : 0;
                    for (var e = from; e < towns.Count; e++)
                    {
                        var entry = towns[e];
                        if (atTown && entry.Latitude > lat + TownReachDegrees)
                        {
                            break;
                        }

                        // The latitude kept beside the candidate rules most of a busy window out without reading its key.
                        if (atTown && DedupRules.TooFarByLatitude(lat, key.GeoPrecision, entry.Latitude, entry.GeoPrecision))
                        {
                            continue;
                        }

                        Consider(key, record, threshold, entry, q, d, into);
                    }
                }
            }

            if (_readDays.TryGetValue(iso, out var read))
            {
                foreach (var (entry, readDay) in read)
                {
                    Consider(key, record, threshold, entry, 3, readDay, into);
                }
            }

            if (key.IsReadDay && into.Count - first > 1)
            {
                // A record that says only "some time before" could be any of these events: it joins none.
                into.RemoveRange(first, into.Count - first);
            }
        }

        private void Consider(AtomKey key, int record, double threshold, Entry entry, int precision, int day, List<Candidate> into)
        {
            var (score, blocked) = DedupRules.Score(_representatives[entry.Cluster], key);
            if (blocked is null && score >= threshold)
            {
                into.Add(new Candidate(record, entry.Cluster, score, precision, day));
            }
        }

        /// <summary>A candidate event in a block: its number, and its latitude (NaN without coordinates) and geo precision.</summary>
        private readonly record struct Entry(int Cluster, double Latitude, int GeoPrecision);

        /// <summary>The events of one country, precision and day: those at a town by latitude, the others apart.</summary>
        private sealed class Block
        {
            public List<Entry> Always { get; } = [];

            public List<Entry> ByLatitude { get; } = [];

            public void Add(Entry entry, bool always)
            {
                if (always || double.IsNaN(entry.Latitude) || entry.GeoPrecision >= 3)
                {
                    Always.Add(entry);
                    return;
                }

                ByLatitude.Insert(FirstAtOrAbove(entry.Latitude), entry);
            }

            /// <summary>The index of the first town-level event at or north of <paramref name="latitude"/>.</summary>
            public int FirstAtOrAbove(double latitude)
            {
                int low = 0, high = ByLatitude.Count;
                while (low < high)
                {
                    var mid = (low + high) >>> 1;
                    if (ByLatitude[mid].Latitude < latitude)
                    {
                        low = mid + 1;
                    }
                    else
                    {
                        high = mid;
                    }
                }

                return low;
            }
        }

        public int Add(AtomKey key)
        {
            var cluster = _representatives.Count;
            _representatives.Add(key);
            if (key.IsMergeable && key.IsReadDay)
            {
                if (!_readDays.TryGetValue(key.Iso!.Value, out var read))
                {
                    read = [];
                    _readDays[key.Iso.Value] = read;
                }

                read.Add((new Entry(cluster, key.Latitude ?? double.NaN, key.GeoPrecision), key.Date!.Value.DayNumber));
            }
            else if (key.IsMergeable)
            {
                var block = (key.Iso!.Value, Math.Clamp(key.TimePrecision, 1, 3), key.Date!.Value.DayNumber);
                if (!_blocks.TryGetValue(block, out var entries))
                {
                    entries = new Block();
                    _blocks[block] = entries;
                }

                entries.Add(new Entry(cluster, key.Latitude ?? double.NaN, key.GeoPrecision), DedupRules.NamesItsDistrict(key));
                _precisions.Add((block.Item1, block.Item2));
            }

            return cluster;
        }
    }
}
