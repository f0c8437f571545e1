using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>
/// The events formed while grouping candidates (<see cref="EventDetectionStage.Group(List{EventCandidate})"/>), indexed so that the cost of
/// grouping grows with the number of candidates, not with its square, and every candidate lands in the same event as
/// when it is compared with every member of every event formed before it:
/// <list type="bullet">
/// <item>an event has at most one day (a dated candidate joins only an event without a day or of its day), so a
/// dated candidate is compared with the events of its day and with those whose places may match its own;</item>
/// <item>a candidate without a day of its own can only join by place: it is compared with the events that have a
/// member at its place, within <see cref="EventDetectionStage.SamePlaceKm"/> of it, or in a region;</item>
/// <item>within an event, members that agree on all <see cref="EventDetectionStage.SameEvent"/> reads (strength and
/// type, day, resolved place) are compared once: a report that retells an event many times is one comparison;</item>
/// <item>a candidate that only refers to an event ranks the events by what each keeps of its members (their types,
/// their first anchored sentence per paragraph, their sentence starts in order), not by their members one by one.</item>
/// </list>
/// </summary>
internal sealed class EventGroups
{
    // A place within this many degrees of latitude of another may lie within SamePlaceKm of it (one degree of latitude
    // is over 110 km everywhere); the bound is loose on purpose, the distance itself decides.
    private const double NearLatitudeDegrees = 0.5;

    // Up to this many events, a candidate is compared with each of them: the indexes cost more than they save.
    private const int FewEvents = 8;

    private readonly List<Founded> _events = [];
    private readonly Dictionary<DateOnly, List<int>> _byDay = [];
    private readonly Dictionary<PlaceKey, List<int>> _byPlace = [];
    private readonly Dictionary<string, List<PlaceKey>> _placesById = new(StringComparer.Ordinal);
    private readonly List<int> _withRegion = [];
    private readonly List<int> _withPlace = [];
    private readonly IReadOnlyList<EventCandidate> _candidates;
    private PlaceKey[]? _placesByLatitude;
    private readonly Dictionary<PlaceKey, List<PlaceKey>> _near = [];
    private readonly Dictionary<int, List<int>> _byParagraph = [];
    private Referring? _referring;

    /// <param name="candidates">Every candidate that may be grouped, to know the places in advance.</param>
    public EventGroups(IReadOnlyList<EventCandidate> candidates)
    {
        _candidates = candidates;
    }

    /// <summary>The events so far, each a list of candidates in the order they joined.</summary>
    public List<List<EventCandidate>> Events => [.. _events.Select(e => e.Members)];

    public int Count => _events.Count;

    /// <summary>Comparisons of a candidate with an event member or an event (a measure of the work done).</summary>
    public long Comparisons { get; private set; }

    /// <summary>A new event founded by <paramref name="candidate"/>.</summary>
    public void Found(EventCandidate candidate)
    {
        _events.Add(new Founded(_events.Count));
        Join(_events.Count - 1, candidate);
    }

    /// <summary>
    /// The first event (in the order they were founded) that <paramref name="candidate"/>, anchored by its own day or
    /// place, belongs to: one with a member that tells the same event and no member of another day. -1 when none.
    /// </summary>
    public int SameEventAs(EventCandidate candidate)
    {
        if (candidate.IsSeparate)
        {
            return -1;
        }

        var day = EventDetectionStage.OwnDay(candidate);
        if (_events.Count <= FewEvents)
        {
            for (var index = 0; index < _events.Count; index++)
            {
                if (Fits(index))
                {
                    return index;
                }
            }

            return -1;
        }

        var possible = new List<int>();
        if (day is { } d && _byDay.TryGetValue(d, out var ofDay))
        {
            possible.AddRange(ofDay);
        }

        if (PlaceKey.Of(candidate) is { } place)
        {
            if (place.IsAdmin1)
            {
                possible.AddRange(_withPlace);
            }
            else
            {
                possible.AddRange(_withRegion);
                foreach (var near in Near(place))
                {
                    if (_byPlace.TryGetValue(near, out var there))
                    {
                        possible.AddRange(there);
                    }
                }
            }
        }

        possible.Sort();
        var previous = -1;
        foreach (var index in possible)
        {
            if (index == previous)
            {
                continue;
            }

            previous = index;
            if (Fits(index))
            {
                return index;
            }
        }

        return -1;

        bool Fits(int index) =>
            _events[index] is var founded && (day is null || founded.Day is null || founded.Day == day) && founded.HasSameEvent(candidate, this) &&
            !EventDetectionStage.ElsewhereThan(founded.Located, candidate);
    }

    /// <summary>Adds <paramref name="candidate"/> to the event at <paramref name="index"/>.</summary>
    public void Join(int index, EventCandidate candidate)
    {
        var founded = _events[index];
        _referring?.Count(founded, -1);
        if (candidate.IsAnchored && !founded.AnchoredIn(candidate.Paragraph))
        {
            (_byParagraph.TryGetValue(candidate.Paragraph, out var inParagraph) ? inParagraph : _byParagraph[candidate.Paragraph] = []).Add(index);
        }

        founded.Add(candidate);
        _referring?.Count(founded, +1);
        _referring?.Joined(founded, candidate.Sentences[0].Start);
        if (!candidate.IsAnchored)
        {
            return;
        }

        if (founded.Day is null && EventDetectionStage.OwnDay(candidate) is { } day)
        {
            founded.Day = day;
            (_byDay.TryGetValue(day, out var ofDay) ? ofDay : _byDay[day] = []).Add(index);
        }

        if (PlaceKey.Of(candidate) is { } place)
        {
            if (founded.Places.Count == 0)
            {
                _withPlace.Add(index);
            }

            if (founded.Places.Add(place))
            {
                (_byPlace.TryGetValue(place, out var there) ? there : _byPlace[place] = []).Add(index);
                if (place.IsAdmin1 && !founded.HasRegion)
                {
                    founded.HasRegion = true;
                    _withRegion.Add(index);
                }
            }
        }
    }

    /// <summary>
    /// The event a candidate without a day or place of its own refers to: among the events all of whose members are
    /// compatible with it, one of its own kind first, then one told earlier in its paragraph, then one told earlier,
    /// then the nearest; the first founded among equals. -1 when no event is compatible.
    /// </summary>
    /// <remarks>
    /// Referring candidates come in the report's order. Each rank is searched where it can be: the events told
    /// earlier in the paragraph from the paragraph's list, the nearest event from the members' sentence starts outward
    /// from the candidate's; counts of the events by their strong types say beforehand whether a rank has any event,
    /// so no search runs through the whole report for nothing.
    /// </remarks>
    public int Referred(EventCandidate candidate)
    {
        var start = candidate.Sentences[0].Start;
        if (_events.Count <= FewEvents)
        {
            return ReferredByEveryEvent(candidate);
        }

        if (_referring is null)
        {
            _referring = new Referring(this);
        }
        else if (start < _referring.LastStart)
        {
            return ReferredByEveryEvent(candidate);
        }

        var referring = _referring;
        referring.Activate(start);
        foreach (var ofKind in candidate.IsStrong ? new[] { true, false } : [false])
        {
            bool Fits(Founded e) => e.AllCompatible(candidate) && (!ofKind || e.OfKind(candidate));
            if (!referring.All.Any(candidate, ofKind))
            {
                continue;
            }

            var best = -1;
            var bestDistance = int.MaxValue;
            foreach (var index in _byParagraph.TryGetValue(candidate.Paragraph, out var inParagraph) ? inParagraph : [])
            {
                Comparisons++;
                var e = _events[index];
                if (Fits(e) && e.AnchoredBefore(candidate.Paragraph, start) && (e.Distance(start), index).CompareTo((bestDistance, best)) < 0)
                {
                    (best, bestDistance) = (index, e.Distance(start));
                }
            }

            if (best >= 0)
            {
                return best;
            }

            return referring.Nearest(start, referring.Earlier.Any(candidate, ofKind) ? e => e.IsEarlier && Fits(e) : Fits);
        }

        return -1;
    }

    /// <summary>The same choice as <see cref="Referred"/>, ranking every event (for a candidate out of order).</summary>
    private int ReferredByEveryEvent(EventCandidate candidate)
    {
        var start = candidate.Sentences[0].Start;
        var best = -1;
        (int Kind, int Paragraph, int Earlier, int Distance) bestRank = default;
        foreach (var founded in _events)
        {
            Comparisons++;
            if (!founded.AllCompatible(candidate))
            {
                continue;
            }

            var rank = (founded.OfKind(candidate) ? 0 : 1,
                        founded.AnchoredBefore(candidate.Paragraph, start) ? 0 : 1,
                        founded.AnchoredBefore(start) ? 0 : 1,
                        founded.Distance(start));
            if (best < 0 || rank.CompareTo(bestRank) < 0)
            {
                (best, bestRank) = (founded.Index, rank);
            }
        }

        return best;
    }

    /// <summary>The places of the report that may lie within <see cref="EventDetectionStage.SamePlaceKm"/> of
    /// <paramref name="place"/> or share its gazetteer id (itself included).</summary>
    private List<PlaceKey> Near(PlaceKey place)
    {
        if (_near.TryGetValue(place, out var near))
        {
            return near;
        }

        var byLatitude = _placesByLatitude ??= PlacesByLatitude();
        near = [.. _placesById.TryGetValue(place.Id, out var same) ? same : []];
        var from = SpanSearch.Bisect(byLatitude.Length, i => byLatitude[i].Latitude < place.Latitude - NearLatitudeDegrees);
        for (var i = from; i < byLatitude.Length && byLatitude[i].Latitude <= place.Latitude + NearLatitudeDegrees; i++)
        {
            var other = byLatitude[i];
            if (other.Id != place.Id &&
                GeoMath.DistanceKm(other.Latitude, other.Longitude, place.Latitude, place.Longitude) <= 2 * EventDetectionStage.SamePlaceKm)
            {
                near.Add(other);
            }
        }

        _near[place] = near;
        return near;
    }

    /// <summary>The distinct places of the candidates by latitude, each also listed under its gazetteer id.</summary>
    private PlaceKey[] PlacesByLatitude()
    {
        var places = new HashSet<PlaceKey>();
        foreach (var candidate in _candidates)
        {
            if (PlaceKey.Of(candidate) is { } key && places.Add(key))
            {
                (_placesById.TryGetValue(key.Id, out var same) ? same : _placesById[key.Id] = []).Add(key);
            }
        }

        return [.. places.OrderBy(p => p.Latitude)];
    }

    /// <summary>A resolved place as <see cref="EventDetectionStage.SameEvent"/> reads it.</summary>
    private readonly record struct PlaceKey(string Id, bool IsAdmin1, double Latitude, double Longitude)
    {
        public static PlaceKey? Of(EventCandidate candidate) =>
            candidate.Place?.Value.Resolved is { } p ? new PlaceKey(p.Id, p.IsAdmin1, p.Latitude, p.Longitude) : null;
    }

    /// <summary>What <see cref="EventDetectionStage.SameEvent"/> reads of an earlier member: members that agree on it
    /// give the same answer for any later candidate (the place's name counts: a place the gazetteer lacks is told apart by it).</summary>
    private readonly record struct Reading(bool IsStrong, string? EventType, DateOnly? Day, PlaceKey? Place, string? PlaceName)
    {
        public static Reading Of(EventCandidate c) =>
            new(c.IsStrong, c.IsStrong ? c.Class.EventType : null, EventDetectionStage.OwnDay(c), PlaceKey.Of(c), EventDetectionStage.PlaceName(c));
    }

    private sealed class Founded(int index)
    {
        private readonly Dictionary<Reading, EventCandidate> _readings = [];
        private readonly HashSet<string> _strongTypes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _strongSubTypes = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> _firstAnchoredInParagraph = [];
        private readonly List<int> _starts = [];
        private int _firstAnchored = int.MaxValue;

        public int Index { get; } = index;

        public List<EventCandidate> Members { get; } = [];

        /// <summary>The day of its members that have one (they all share it), or null.</summary>
        public DateOnly? Day { get; set; }

        public HashSet<PlaceKey> Places { get; } = [];

        /// <summary>Its anchored members at a town (one per reading), for <see cref="EventDetectionStage.ElsewhereThan"/>.</summary>
        public List<EventCandidate> Located { get; } = [];

        public bool HasRegion { get; set; }

        public void Add(EventCandidate c)
        {
            Members.Add(c);
            if (c.IsStrong)
            {
                _strongTypes.Add(c.Class.EventType);
                _strongSubTypes.Add(c.Class.SubEventType);
            }

            var start = c.Sentences[0].Start;
            if (c.IsAnchored)
            {
                if (_readings.TryAdd(Reading.Of(c), c) && EventDetectionStage.AtTown(c))
                {
                    Located.Add(c);
                }

                _firstAnchored = Math.Min(_firstAnchored, start);
                _firstAnchoredInParagraph[c.Paragraph] = _firstAnchoredInParagraph.TryGetValue(c.Paragraph, out var first) ? Math.Min(first, start) : start;
            }

            var at = SpanSearch.Bisect(_starts.Count, i => _starts[i] < start);
            _starts.Insert(at, start);
        }

        /// <summary>Some anchored member tells the same event as <paramref name="candidate"/>.</summary>
        public bool HasSameEvent(EventCandidate candidate, EventGroups groups)
        {
            foreach (var member in _readings.Values)
            {
                groups.Comparisons++;
                if (EventDetectionStage.SameEvent(member, candidate))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Every member is compatible with <paramref name="candidate"/>.</summary>
        public bool AllCompatible(EventCandidate candidate) =>
            !candidate.IsStrong || _strongTypes.Count == 0 || (_strongTypes.Count == 1 && _strongTypes.Contains(candidate.Class.EventType));

        /// <summary>A strong candidate and a strong member of its sub-event type.</summary>
        public bool OfKind(EventCandidate candidate) => candidate.IsStrong && _strongSubTypes.Contains(candidate.Class.SubEventType);

        public bool AnchoredBefore(int paragraph, int start) => _firstAnchoredInParagraph.TryGetValue(paragraph, out var first) && first < start;

        public bool AnchoredBefore(int start) => _firstAnchored < start;

        public bool AnchoredIn(int paragraph) => _firstAnchoredInParagraph.ContainsKey(paragraph);

        /// <summary>The start of its first anchored member's sentence (none: the largest integer).</summary>
        public int FirstAnchored => _firstAnchored;

        /// <summary>It has an anchored member told before the referring candidate now being placed.</summary>
        public bool IsEarlier { get; set; }

        /// <summary>The event types of its strong members.</summary>
        public HashSet<string> StrongTypes => _strongTypes;

        /// <summary>The sub-event types of its strong members.</summary>
        public HashSet<string> StrongSubTypes => _strongSubTypes;

        public List<int> Starts => _starts;

        /// <summary>The distance from <paramref name="start"/> to the nearest member's sentence start.</summary>
        public int Distance(int start)
        {
            var at = SpanSearch.Bisect(_starts.Count, i => _starts[i] < start);
            var distance = int.MaxValue;
            if (at < _starts.Count)
            {
                distance = _starts[at] - start;
            }

            if (at > 0)
            {
                distance = Math.Min(distance, start - _starts[at - 1]);
            }

            return distance;
        }
    }

    /// <summary>
    /// What placing referring candidates needs, made once the anchored candidates are grouped: the members' sentence
    /// starts in order (those of the referring candidates that join later kept apart, in the report's order), and
    /// counts of the events by strong types, for all events and for those told before the candidate.
    /// </summary>
    private sealed class Referring
    {
        private readonly EventGroups _groups;
        private readonly (int Start, int Event)[] _starts;
        private readonly List<(int Start, int Event)> _later = [];
        private readonly int[] _byFirstAnchored;
        private int _activated;

        public Referring(EventGroups groups)
        {
            _groups = groups;
            _starts = [.. groups._events.SelectMany(e => e.Starts.Select(s => (s, e.Index))).Order()];
            _byFirstAnchored = [.. groups._events.Where(e => e.FirstAnchored < int.MaxValue).OrderBy(e => e.FirstAnchored).Select(e => e.Index)];
            foreach (var e in groups._events)
            {
                All.Add(e, +1);
            }
        }

        public int LastStart { get; private set; } = int.MinValue;

        /// <summary>Counts over every event.</summary>
        public TypeCounts All { get; } = new();

        /// <summary>Counts over the events with an anchored member told before the candidate.</summary>
        public TypeCounts Earlier { get; } = new();

        /// <summary>Marks the events told before <paramref name="start"/> (candidates come in the report's order).</summary>
        public void Activate(int start)
        {
            LastStart = start;
            while (_activated < _byFirstAnchored.Length && _groups._events[_byFirstAnchored[_activated]].FirstAnchored < start)
            {
                var e = _groups._events[_byFirstAnchored[_activated++]];
                e.IsEarlier = true;
                Earlier.Add(e, +1);
            }
        }

        public void Count(Founded e, int sign)
        {
            All.Add(e, sign);
            if (e.IsEarlier)
            {
                Earlier.Add(e, sign);
            }
        }

        public void Joined(Founded e, int start)
        {
            var at = SpanSearch.Bisect(_later.Count, i => _later[i].CompareTo((start, e.Index)) < 0);
            _later.Insert(at, (start, e.Index));
        }

        /// <summary>The event with a member nearest <paramref name="start"/> among those that
        /// <paramref name="fit"/>, the first founded among equals; -1 when none fits. Members are visited outward from
        /// <paramref name="start"/>, in order of distance, until the nearest distance is passed.</summary>
        public int Nearest(int start, Func<Founded, bool> fit)
        {
            var best = -1;
            var bestDistance = int.MaxValue;
            var fixedAt = SpanSearch.Bisect(_starts.Length, i => _starts[i].Start < start);
            var laterAt = SpanSearch.Bisect(_later.Count, i => _later[i].Start < start);
            // Four cursors: each list's next start at or after the candidate's, and its last one before.
            var (fixedRight, fixedLeft, laterRight, laterLeft) = (fixedAt, fixedAt - 1, laterAt, laterAt - 1);
            while (true)
            {
                var fr = fixedRight < _starts.Length ? _starts[fixedRight].Start - start : int.MaxValue;
                var fl = fixedLeft >= 0 ? start - _starts[fixedLeft].Start : int.MaxValue;
                var lr = laterRight < _later.Count ? _later[laterRight].Start - start : int.MaxValue;
                var ll = laterLeft >= 0 ? start - _later[laterLeft].Start : int.MaxValue;
                var distance = Math.Min(Math.Min(fr, fl), Math.Min(lr, ll));
                if (distance == int.MaxValue || distance > bestDistance)
                {
                    return best;
                }

                int index;
                if (distance == fr)
                {
                    index = _starts[fixedRight++].Event;
                }
                else if (distance == fl)
                {
                    index = _starts[fixedLeft--].Event;
                }
                else if (distance == lr)
                {
                    index = _later[laterRight++].Event;
                }
                else
                {
                    index = _later[laterLeft--].Event;
                }

                _groups.Comparisons++;
                if ((best < 0 || index < best) && fit(_groups._events[index]))
                {
                    (best, bestDistance) = (index, distance);
                }
            }
        }
    }

    /// <summary>How many events have no strong member, only strong members of one event type, and (among those) a
    /// strong member of each sub-event type: whether some event is compatible with a candidate, and of its kind.</summary>
    private sealed class TypeCounts
    {
        private readonly Dictionary<string, int> _onlyType = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _onlySubType = new(StringComparer.Ordinal);
        private int _events;
        private int _noStrong;

        public void Add(Founded e, int sign)
        {
            _events += sign;
            if (e.StrongTypes.Count == 0)
            {
                _noStrong += sign;
            }
            else if (e.StrongTypes.Count == 1)
            {
                var type = e.StrongTypes.First();
                _onlyType[type] = _onlyType.GetValueOrDefault(type) + sign;
                foreach (var subType in e.StrongSubTypes)
                {
                    _onlySubType[subType] = _onlySubType.GetValueOrDefault(subType) + sign;
                }
            }
        }

        /// <summary>Some counted event is compatible with <paramref name="candidate"/> (and, when
        /// <paramref name="ofKind"/>, has a strong member of its sub-event type).</summary>
        public bool Any(EventCandidate candidate, bool ofKind) =>
            ofKind ? _onlySubType.GetValueOrDefault(candidate.Class.SubEventType) > 0
            : candidate.IsStrong ? _noStrong + _onlyType.GetValueOrDefault(candidate.Class.EventType) > 0
            : _events > 0;
    }
}
