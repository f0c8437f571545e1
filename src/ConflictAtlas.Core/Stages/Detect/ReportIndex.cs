using ConflictAtlas.Core.Geo;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>
/// What the coder looks up in the whole report for each event, gathered once per report so that coding every event
/// of a long report stays linear in its size: the dates and resolved places ordered for search by position, and the
/// named actor mentions joined by what they may stand for (a report naming one group a thousand times resolves it
/// once per event day and country, not a thousand times).
/// </summary>
internal sealed class ReportIndex
{
    private readonly Document _document;
    private readonly Func<ActorEntry, DateOnly, Country?, Actor?> _resolve;
    private readonly int _monthPrecision;
    private readonly int _dayPrecision;
    private LatestEnding<DateMention>? _dates;
    private LatestEnding<DateMention>? _days;
    private LatestEnding<PlaceMention>? _places;
    private (TextSpan Span, PlaceMention Value, int Index)[]? _placesByStart;
    private List<ActorGroup>? _actorGroups;
    private readonly Dictionary<(DateOnly Day, Country? Country), List<Evidence<Actor>>> _namedActors = [];
    private readonly Dictionary<string, ImmutableArray<TextSpan>> _joinedSpans = new(StringComparer.Ordinal);
    private Mention<DateMention>? _latestDate;
    private bool _latestDateKnown;

    public ReportIndex(Document document, int monthPrecision, int dayPrecision, Func<ActorEntry, DateOnly, Country?, Actor?> resolve,
        IReadOnlyList<TextSpan>? actSentences = null, bool showsRiots = false, bool crowdOnlyDispersed = false)
    {
        CrowdOnlyDispersed = crowdOnlyDispersed;
        _document = document;
        ActSentences = actSentences;
        ShowsRiots = showsRiots;
        _resolve = resolve;
        _monthPrecision = monthPrecision;
        _dayPrecision = dayPrecision;
    }

    // Each part is made when first asked for (a short report coded in one event asks for few of them); a part made
    // twice by two threads at once is made alike.

    /// <summary>Dates with a calendar date, to the month or finer.</summary>
    public LatestEnding<DateMention> Dates => _dates ??= new(DatedMentions().Where(m => m.Value.Precision <= _monthPrecision));

    /// <summary>Dates of a day, other than a dateline's.</summary>
    public LatestEnding<DateMention> Days => _days ??= new(DatedMentions().Where(m => m.Value is { IsDateline: false } && m.Value.Precision == _dayPrecision));

    /// <summary>The places the gazetteer resolved.</summary>
    public LatestEnding<PlaceMention> Places => _places ??= new(ResolvedPlaces());

    private (TextSpan Span, PlaceMention Value, int Index)[] PlacesByStart =>
        _placesByStart ??= [.. ResolvedPlaces().Select((m, i) => (m.Span, m.Value, i)).OrderBy(m => m.Span.Start).ThenBy(m => m.i)];

    private bool? _namesCrowds;

    private List<ActorGroup> ActorGroupList => _actorGroups ??= GroupActorMentions(_document);

    private IEnumerable<(TextSpan Span, DateMention Value)> DatedMentions() =>
        _document.Dates.Where(m => m.Value.Date is not null).Select(m => (m.Span, m.Value));

    private IEnumerable<(TextSpan Span, PlaceMention Value)> ResolvedPlaces() =>
        _document.Places.Where(m => m.Value.Resolved is not null && !m.Value.IsUnnamedCapital).Select(m => (m.Span, m.Value));

    /// <summary>How many times an actor mention was resolved for an event's day and country (a measure of the work
    /// done, which depends on the distinct mentions, not on how often the report repeats them).</summary>
    public int Resolutions { get; private set; }

    /// <summary>The sentences of the report that tell an act and are not background (history, habit): a named group
    /// stands for an unnamed attacker only when one of them names it. Null when the report's sentences were not read
    /// (a coder used on its own): every named group counts.</summary>
    public IReadOnlyList<TextSpan>? ActSentences { get; }

    /// <summary>Whether a sentence of the report tells a crowd's violence by a word that names it (stones, burning tyres,
    /// barricades; not "stormed", which may be gunmen's). False when the report's sentences were not read (a coder used on its own).</summary>
    public bool ShowsRiots { get; }

    /// <summary>Whether the report's sentences tell the forces breaking up a crowd (tear gas, dispersal) and no act of
    /// the crowd's own violence (stones, fires, barricades). False when the sentences were not read.</summary>
    public bool CrowdOnlyDispersed { get; }

    /// <summary>Whether the report names demonstrators or rioters anywhere (generic mentions included).</summary>
    public bool NamesCrowds => _namesCrowds ??= _document.Actors.Any(m => m.Value.Aliases.Any(a => a.Actor.Type is ActorType.Protesters or ActorType.Rioters));

    /// <summary>The number of distinct named actor mentions (by what they may stand for).</summary>
    public int ActorGroups => ActorGroupList.Count;

    /// <summary>The latest calendar date of the report, to the month or finer: the first such mention with the
    /// greatest date.</summary>
    public Mention<DateMention>? LatestDate(int monthPrecision)
    {
        if (!_latestDateKnown)
        {
            _latestDate = _document.Dates.Where(m => m.Value.Date is not null && m.Value.Precision <= monthPrecision)
                .OrderByDescending(m => m.Value.Date).FirstOrDefault();
            _latestDateKnown = true;
        }

        return _latestDate;
    }

    /// <summary>
    /// The earliest resolved place (the first in the report's order among those starting together) inside one of
    /// <paramref name="sentences"/> or starting less than <paramref name="reach"/> characters after one ends: the
    /// same place as filtering every place of the report, searched in a window after each sentence's start.
    /// </summary>
    public (TextSpan Span, PlaceMention Value)? FirstPlaceIn(IEnumerable<TextSpan> sentences, int reach)
    {
        (TextSpan Span, PlaceMention Value, int Index)? best = null;
        foreach (var s in sentences)
        {
            for (var i = FirstPlaceStartingAt(s.Start); i < PlacesByStart.Length; i++)
            {
                var m = PlacesByStart[i];
                if (m.Span.Start > s.End && m.Span.Start - s.End >= reach)
                {
                    break;
                }

                if (s.Contains(m.Span) || (m.Span.Start > s.End && m.Span.Start - s.End < reach))
                {
                    if (best is not { } b || m.Span.Start < b.Span.Start || (m.Span.Start == b.Span.Start && m.Index < b.Index))
                    {
                        best = m;
                    }

                    break;
                }
            }
        }

        return best is { } found ? (found.Span, found.Value) : null;
    }

    /// <summary>The first resolved place that <paramref name="fits"/> among those starting at or after
    /// <paramref name="position"/> and less than <paramref name="reach"/> characters after it.</summary>
    public (TextSpan Span, PlaceMention Value)? FirstPlaceAfter(int position, int reach, Func<PlaceMention, bool> fits)
    {
        for (var i = FirstPlaceStartingAt(position); i < PlacesByStart.Length && PlacesByStart[i].Span.Start - position < reach; i++)
        {
            if (fits(PlacesByStart[i].Value))
            {
                return (PlacesByStart[i].Span, PlacesByStart[i].Value);
            }
        }

        return null;
    }

    private int FirstPlaceStartingAt(int start) => SpanSearch.Bisect(PlacesByStart.Length, i => PlacesByStart[i].Span.Start < start);

    /// <summary>
    /// The named actor mentions of the report resolved for a day and country, in the order each actor is first
    /// named, each with all its spans (duplicates dropped, ordered by start): the same list as resolving every
    /// mention one by one, made once per distinct mention.
    /// </summary>
    public List<Evidence<Actor>> NamedActors(DateOnly day, Country? country, double genericConfidence, double namedConfidence)
    {
        if (_namedActors.TryGetValue((day, country), out var cached))
        {
            return cached;
        }

        var result = new List<Evidence<Actor>>();
        var groupsOf = new List<List<ActorGroup>>();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in ActorGroupList)
        {
            Resolutions++;
            var entry = group.Mention.Choose(country?.Iso2, day);
            if (entry is null || _resolve(entry, day, country) is not { } actor)
            {
                continue;
            }

            if (indexOf.TryGetValue(actor.Name, out var existing))
            {
                groupsOf[existing].Add(group);
            }
            else
            {
                indexOf[actor.Name] = result.Count;
                result.Add(new Evidence<Actor>(actor, group.Spans, EventCoder.Producer, entry.IsGeneric ? genericConfidence : namedConfidence));
                groupsOf.Add([group]);
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            if (groupsOf[i].Count > 1)
            {
                result[i] = result[i] with { Spans = JoinedSpans(groupsOf[i]) };
            }
        }

        _namedActors[(day, country)] = result;
        return result;
    }

    /// <summary>The spans of mentions that stand for one actor, in the report's order, duplicates dropped, ordered by
    /// start (as <see cref="Evidence{T}.WithSpans"/> orders them), remembered for each set of mentions.</summary>
    private ImmutableArray<TextSpan> JoinedSpans(List<ActorGroup> groups)
    {
        var key = string.Join(',', groups.Select(g => g.Id));
        if (!_joinedSpans.TryGetValue(key, out var spans))
        {
            spans = [.. groups.SelectMany(g => g.Mentions).OrderBy(m => m.Index).Select(m => m.Span).Distinct().OrderBy(s => s.Start)];
            _joinedSpans[key] = spans;
        }

        return spans;
    }

    private static List<ActorGroup> GroupActorMentions(Document document)
    {
        var groups = new List<ActorGroup>();
        var byAliases = new Dictionary<IReadOnlyList<ActorAlias>, ActorGroup>(AliasListComparer.Instance);
        var index = 0;
        foreach (var mention in document.Actors)
        {
            if (mention.Value.IsGeneric)
            {
                continue;
            }

            if (!byAliases.TryGetValue(mention.Value.Aliases, out var group))
            {
                group = new ActorGroup(groups.Count, mention.Value);
                byAliases[mention.Value.Aliases] = group;
                groups.Add(group);
            }

            group.Mentions.Add((index++, mention.Span));
        }

        return groups;
    }

    /// <summary>Mentions that may stand for the same actors under the same conditions, so they resolve alike.</summary>
    private sealed class ActorGroup(int id, ActorMention mention)
    {
        public int Id { get; } = id;

        public ActorMention Mention { get; } = mention;

        public List<(int Index, TextSpan Span)> Mentions { get; } = [];

        /// <summary>The spans of its mentions, duplicates dropped, ordered by start.</summary>
        public ImmutableArray<TextSpan> Spans =>
            _spans.IsDefault ? _spans = Mentions.Count == 1 ? [Mentions[0].Span] : [.. Mentions.Select(m => m.Span).Distinct().OrderBy(s => s.Start)] : _spans;

        private ImmutableArray<TextSpan> _spans;
    }

    private sealed class AliasListComparer : IEqualityComparer<IReadOnlyList<ActorAlias>>
    {
        public static readonly AliasListComparer Instance = new();

        // The catalogue's aliases are shared objects: the same aliases are the same objects, compared and hashed by
        // reference (hashing their names for every mention costs more than the rest of the grouping).
        public bool Equals(IReadOnlyList<ActorAlias>? x, IReadOnlyList<ActorAlias>? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.SequenceEqual(y, ReferenceEqualityComparer.Instance));

        public int GetHashCode(IReadOnlyList<ActorAlias> obj)
        {
            var hash = new HashCode();
            foreach (var alias in obj)
            {
                hash.Add(RuntimeHelpers.GetHashCode(alias));
            }

            return hash.ToHashCode();
        }
    }
}
