using System.Collections.Immutable;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>
/// Finds and codes the events of a report: each sentence with a trigger becomes a candidate
/// (<see cref="SentenceReader"/>); candidates with their own date or place found events, the others (a repeated
/// headline, "the attack", "the strike") add their evidence to the event they refer to; each event is then coded
/// (<see cref="EventCoder"/>).
/// </summary>
public sealed class EventDetectionStage(SentenceReader reader, EventCoder coder, CountryCatalog countries) : IPipelineStage
{
    public EventDetectionStage()
        : this(new SentenceReader(EventLexicon.Default, Taxonomy.Default), new EventCoder(ActorCatalog.Default, Taxonomy.Default), CountryCatalog.Default)
    {
    }

    public string Name => "detect";

    public Annotations Requires =>
        Annotations.Sentences | Annotations.Tokens | Annotations.Dates | Annotations.Numbers | Annotations.Actors | Annotations.Places | Annotations.Countries;

    public Annotations Produces => Annotations.Events;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Metadata.Language is { } language && !reader.Lexicon.ReadLanguages.Contains(language))
        {
            // A report in a language without trigger rows: any word it shares with a read language is chance.
            return document;
        }

        // A retrospective ("Five years on, ...") tells only the past: no month it names is its present.
        var retrospective = document.Sentences.Length > 0 && document.Sentences[0].Paragraph == 0 &&
                            reader.Scan(document, document.Sentences[0]).HasCue(ModalKind.Retrospective);
        var referenceYear = ReferenceYear(document, retrospective);
        var candidates = new List<EventCandidate>();
        var verdicts = new List<SentenceVerdict>();
        var added = new List<(TextSpan Span, EventCandidate Told, VerdictKind Kind)>();
        var pending = new PendingToll();
        var unclaimed = new List<int>();
        var blaming = new List<TextSpan>();
        (int Offset, int Paragraph)? scene = null;
        foreach (var sentence in document.Sentences)
        {
            var scanned = reader.Scan(document, sentence);
            if (reader.Lexicon.BlameWords.Match(scanned.Tokens).Count > 0)
            {
                blaming.Add(sentence.Span);
            }

            if (scanned.HasCue(ModalKind.Unclaimed))
            {
                unclaimed.Add(sentence.Span.Start);
            }

            var isHeadline = document.Metadata.Title is { } title && sentence.Paragraph == 0 &&
                             string.Equals(sentence.Span.Of(document.Text), title, StringComparison.Ordinal);
            var count = candidates.Count;
            ReadSentence(document, scanned, referenceYear, isHeadline, candidates, verdicts, added, pending);
            scene = DateFromScene(scanned, candidates, count, scene);
        }

        ResolveDayReferences(document, candidates);
        SplitListsContinuingADatedAct(candidates, coder.Thresholds.ListContinuationParagraphs);
        var groups = Group(candidates);
        var context = CountryContext.From(document, countries);
        // "No group claimed responsibility" speaks of the event told last before it.
        var disowned = Disowned(groups, unclaimed);
        var background = verdicts.Where(v => v.Reason is DropReason.Historical or DropReason.Habitual).Select(v => v.Span).ToHashSet();
        var showsRiots = candidates.Exists(c => c is { IsStrong: true, Class.SubEventType: SubEventTypes.ViolentDemonstration } && !background.Contains(c.Sentences[0]));
        var inReport = candidates.Where(c => !background.Contains(c.Sentences[0])).ToList();
        var crowdOnlyDispersed = inReport.Exists(c => c.Dispersal) && !inReport.Exists(c => c.CrowdViolence);
        var report = coder.Index(document, [.. candidates.SelectMany(c => c.Sentences).Where(s => !background.Contains(s)).Concat(blaming).Distinct()], showsRiots, crowdOnlyDispersed);
        var events = ImmutableArray.CreateBuilder<ConflictEvent>();
        var eventOf = new Dictionary<EventCandidate, int>(ReferenceEqualityComparer.Instance);
        var codedGroups = new List<Coded>();
        foreach (var group in groups)
        {
            if (coder.Code(document, group, context, disowned.Contains(group), report, out var why, out var dateFound) is not { } coded)
            {
                verdicts.AddRange(group.Select(c => new SentenceVerdict(c.Sentences[0], VerdictKind.Dropped, why)));
                continue;
            }

            codedGroups.Add(new Coded(group, coded, dateFound));
        }

        var units = ArrestedProtestersJoinTheirProtest(RegionTellingsJoinTheirTown(CountedActsJoinTheirActs(OneEventPerUnit(codedGroups), coder.Thresholds.RetellingDays)));
        var recalled = Recalled(units, document.Metadata.Published, coder.Thresholds.RecalledDays);
        foreach (var (group, coded, _) in units)
        {
            if (recalled.Contains(coded))
            {
                verdicts.AddRange(group.Select(c => new SentenceVerdict(c.Sentences[0], VerdictKind.Dropped, DropReason.Recalled)));
                continue;
            }

            events.Add(coded);
            foreach (var c in group)
            {
                eventOf[c] = events.Count - 1;
                verdicts.Add(new SentenceVerdict(c.Sentences[0], c == group[0] ? VerdictKind.FoundedEvent : VerdictKind.JoinedEvent, Event: events.Count - 1));
            }
        }

        var grouped = groups.SelectMany(g => g).ToHashSet(ReferenceEqualityComparer.Instance);
        if (events.Count == 0 && !retrospective && MainEventFromContext(candidates.Where(c => !grouped.Contains(c)).ToList(), coder.Thresholds.ContextLeadParagraphs) is { } told)
        {
            // Every act sentence lacks a day or place of its own and joins nothing: unless the report looks back, it
            // still tells its main event, dated and placed from its context (the paragraph, the headline and lead, a
            // dateline, the publication week or the page's latest date), each with the lower confidence of an
            // inherited field.
            told[0].FromContext = true;
            var fromContext = coder.Code(document, told, context, unclaimed.Count > 0, report, out var why);
            if (fromContext is not null && fromContext.Confidence < coder.Thresholds.ContextEventConfidence)
            {
                (fromContext, why) = (null, DropReason.WeakContext);
            }

            if (fromContext is not null)
            {
                events.Add(fromContext);
            }

            foreach (var c in told)
            {
                grouped.Add(c);
                if (fromContext is null)
                {
                    verdicts.Add(new SentenceVerdict(c.Sentences[0], VerdictKind.Dropped, why));
                    continue;
                }

                eventOf[c] = 0;
                verdicts.Add(new SentenceVerdict(c.Sentences[0], c == told[0] ? VerdictKind.FoundedEvent : VerdictKind.JoinedEvent, Event: 0));
            }
        }

        verdicts.AddRange(candidates.Where(c => !grouped.Contains(c)).Select(c => new SentenceVerdict(c.Sentences[0], VerdictKind.Dropped, DropReason.NoEventToJoin)));
        verdicts.AddRange(added.Where(t => eventOf.ContainsKey(t.Told)).Select(t => new SentenceVerdict(t.Span, t.Kind, Event: eventOf[t.Told])));
        verdicts.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return document with { Events = events.ToImmutable(), Verdicts = [.. verdicts] };
    }

    /// <summary>
    /// "The day before, gunfire was heard in the town. It was a clash between police and gangs.": a sentence that tells
    /// no act but opens with a day reference sets the scene, and the act told in the next sentence of its paragraph,
    /// with no day of its own, is of that day. Returns the day reference the sentence read (from
    /// <paramref name="first"/> on in <paramref name="candidates"/>) leaves for the next one.
    /// </summary>
    private (int Offset, int Paragraph)? DateFromScene(ScannedSentence scanned, List<EventCandidate> candidates, int first, (int Offset, int Paragraph)? scene)
    {
        var paragraph = scanned.Sentence.Paragraph;
        if (candidates.Count > first)
        {
            if (scene is { } s && s.Paragraph == paragraph &&
                candidates[first] is { Date: null, DayOffset: null, StatementDate: null, IsSummary: false } told)
            {
                told.DayOffset = s.Offset;
            }

            return null;
        }

        return reader.Lexicon.DayReferences.Match(scanned.Tokens).Find(m => m.FirstToken == 0) is { } opening
            ? (opening.Values[0], paragraph)
            : null;
    }

    /// <summary>
    /// Reads a sentence clause by clause ("..., a day after militants killed eight villagers" is another, earlier
    /// event, dated from the main clause); a clause that names no act may still give the toll of the event just told,
    /// or, when it opens its paragraph's telling, of the act the paragraph tells next.
    /// </summary>
    private void ReadSentence(Document document, ScannedSentence scanned, int? referenceYear, bool isHeadline, List<EventCandidate> candidates,
                              List<SentenceVerdict> verdicts, List<(TextSpan Span, EventCandidate Told, VerdictKind Kind)> added, PendingToll pending)
    {
        if (pending.Claims is not null && pending.Paragraph != scanned.Sentence.Paragraph)
        {
            pending.Claims = null;
        }

        EventCandidate? main = null;
        foreach (var (clause, dayOffset) in reader.Clauses(document, scanned))
        {
            var (read, reason, cue) = reader.ReadOrDrop(document, clause, referenceYear, isHeadline);
            if (reason != DropReason.None)
            {
                verdicts.Add(new SentenceVerdict(clause.Sentence.Span, VerdictKind.Dropped, reason, Cue: cue));
            }

            if (read is not { } candidate)
            {
                // "A doctor said staff had counted 17 bodies": a toll for the event told just before, in its paragraph.
                if (candidates.Count > 0 && candidates[^1] is { } told && told.Paragraph == scanned.Sentence.Paragraph && !told.IsSummary &&
                    reader.ReadToll(document, clause) is { Count: > 0 } toll)
                {
                    told.Claims.AddRange(toll);
                    added.Add((clause.Sentence.Span, told, VerdictKind.AddedToll));
                }
                else if (pending.Claims is null && (candidates.Count == 0 || candidates[^1].Paragraph != scanned.Sentence.Paragraph) &&
                         reader.ReadToll(document, clause) is { Count: > 0 } first)
                {
                    // "A new standoff between inmates has left nine dead. The riot began on Friday...": a toll that opens
                    // the paragraph, before any act of it is told, waits for the paragraph's first act.
                    (pending.Paragraph, pending.Span, pending.Claims) = (scanned.Sentence.Paragraph, clause.Sentence.Span, first);
                }

                // "The incident occurred on Sunday night": the day of the event told just before, unless that event
                // names a later one (only a dateline, a statement's day or nothing: "..., witnesses said on Monday").
                if (candidates.Count > 0 && candidates[^1] is { } previous && scanned.Sentence.Paragraph - previous.Paragraph is >= 0 and <= 1 &&
                    reader.ReadOccurrenceDay(document, clause) is { } occurrence && GivesWayTo(previous.Date, occurrence.Value))
                {
                    previous.Date = occurrence;
                }

                continue;
            }

            // "The attack happened on Saturday": the day, toll and town of the act told just before, when that act already
            // has a town (another town only the retelling names stays with its own candidate).
            if (dayOffset is null && candidates.Count > 0 && candidates[^1] is { IsSummary: false } before && !candidate.IsSeparate &&
                scanned.Sentence.Paragraph - before.Paragraph is >= 0 and <= 1 && Compatible(before, candidate) &&
                before.Place is { } earlier && TownLike(earlier.Value) && !NamesAnotherTown(document.Text, before, candidate) &&
                reader.RetellsTheActBefore(clause))
            {
                Retell(document.Text, before, candidate);
                added.Add((clause.Sentence.Span, before, VerdictKind.JoinedEvent));
                continue;
            }

            if (dayOffset is { } offset)
            {
                candidate.IsSeparate = true;
                if (candidate.Date is null && main?.Date is { Value: { IsSpecificDay: true, IsDateline: false } day } dated)
                {
                    candidate.Date = (dated.Span, day.Shifted(offset));
                }
                else if (candidate.Date is null)
                {
                    candidate.DayOffset = offset;
                }
            }

            if (pending.Claims is { } waiting && candidate.Claims.Count == 0 && !candidate.IsSeparate && !candidate.NamesAnotherAct && !candidate.IsSummary)
            {
                candidate.Claims.AddRange(waiting);
                added.Add((pending.Span, candidate, VerdictKind.AddedToll));
            }

            pending.Claims = null;
            main ??= candidate;
            candidates.Add(candidate);
            candidates.AddRange(candidate.SplitByPlace());
        }
    }

    /// <summary>
    /// The coded events a report recalls rather than tells: an act whose founding sentence names its own day, that
    /// ended more than <paramref name="recalledDays"/> before the latest day of the report's events, told after its
    /// first recent event and elsewhere than every recent event ("the region last saw such violence in January, when
    /// militants killed nine soldiers in Kidal" in a report of Sunday's attack near Mopti). A day after the publication
    /// is a misread year and a day only the page or the reading gives is none of the report's, so neither sets the
    /// latest day; an old day at the news's own place may be a misread retelling of it, and a report whose acts are all
    /// old keeps them.
    /// </summary>
    private static HashSet<ConflictEvent> Recalled(List<Coded> coded, DateTimeOffset? published, int recalledDays)
    {
        var recalled = new HashSet<ConflictEvent>(ReferenceEqualityComparer.Instance);
        var until = published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : DateOnly.MaxValue;
        var dated = coded.Where(c => c.DateFound is not (DateEvidence.PageDate or DateEvidence.ReadDay) && c.Event.Date?.Value.Date <= until).ToList();
        if (dated.Count < 2)
        {
            return recalled;
        }

        var latest = dated.Max(c => c.Event.Date!.Value.Date);
        bool Old(Coded c) => latest.DayNumber - c.Event.Date!.Value.LastDay.DayNumber > recalledDays;
        // The news is told first: an old act told before the report's first recent one may be what the report is about.
        // Precision 1, or a named day on a page without its year: a day, not a week or a month the report sums up.
        var news = dated.Where(c => !Old(c)).Min(First);
        var newsPlaces = dated.Where(c => !Old(c)).SelectMany(c => PlaceKeys(c.Event.Place?.Value)).ToHashSet(StringComparer.Ordinal);
        foreach (var c in dated)
        {
            if (c.Group[0].Date is { } own && (c.Event.Date!.Value.Precision == 1 || own.Value.IsNamedDay) && Old(c) && First(c) > news &&
                !PlaceKeys(c.Event.Place?.Value).Any(newsPlaces.Contains))
            {
                recalled.Add(c.Event);
            }
        }

        return recalled;
    }

    /// <summary>A group of candidates coded as an event, and how the event's date was found.</summary>
    private sealed record Coded(List<EventCandidate> Group, ConflictEvent Event, DateEvidence DateFound);

    /// <summary>
    /// ACLED's unit, one event per place, day and actor pair, checked on the coded events: two tellings of one act
    /// that the grouping kept apart (the lead named the day, a later paragraph the town) are one event when they were
    /// coded at one location with one actor pair (actor1 and actor2 alike), on one day, or one of them dated only by the report
    /// (<see cref="ReportDated"/>) a few days after the other's own day (<see cref="Rules.CodingThresholds.RetellingDays"/>).
    /// The telling with a day of its own codes the event (the first among equals) and the others join it. A telling that
    /// names its act as another one never joins.
    /// </summary>
    private List<Coded> OneEventPerUnit(List<Coded> coded)
    {
        if (coded.Count < 2)
        {
            return coded;
        }

        // Units by actor pair and place (a coded place is known by its gazetteer id and by its name in its country), so
        // a coded event is compared only with the units at its location.
        var units = new List<Unit>();
        var byPairAndPlace = new Dictionary<((string, string) Pair, string Place), List<int>>();
        foreach (var next in coded)
        {
            var pair = ActorPair(next.Event);
            var places = PlaceKeys(next.Event.Place?.Value);
            var unit = -1;
            if (!TellsAnotherAct(next) && next.Event.Date?.Value.Date is { } day)
            {
                foreach (var place in places)
                {
                    foreach (var u in byPairAndPlace.TryGetValue((pair, place), out var there) ? there : [])
                    {
                        if ((unit < 0 || u < unit) && units[u].Fits(day, ReportDated(next.DateFound), coder.Thresholds.RetellingDays))
                        {
                            unit = u;
                        }
                    }
                }
            }

            if (unit < 0)
            {
                unit = units.Count;
                units.Add(new Unit(TellsAnotherAct(next)));
            }

            units[unit].Add(next, ReportDated(next.DateFound));
            foreach (var place in places)
            {
                var there = byPairAndPlace.TryGetValue((pair, place), out var known) ? known : byPairAndPlace[(pair, place)] = [];
                if (!there.Contains(unit))
                {
                    there.Add(unit);
                }
            }
        }

        var result = new List<Coded>(units.Count);
        foreach (var unit in units.Select(u => u.Members))
        {
            var keeper = unit.Find(u => !ReportDated(u.DateFound)) ?? unit[0];
            if (unit.Count == 1)
            {
                result.Add(keeper);
                continue;
            }

            var others = unit.Where(u => !ReferenceEquals(u, keeper)).ToList();
            var sentences = others.SelectMany(u => u.Event.Sentences).Concat(keeper.Event.Sentences).Distinct().OrderBy(s => s.Start).ToImmutableArray();
            result.Add(new Coded([.. keeper.Group, .. others.SelectMany(u => u.Group)], keeper.Event with { Sentences = sentences }, keeper.DateFound));
        }

        return result;
    }

    /// <summary>
    /// "Eleven villagers were killed on Saturday and Sunday in two raids", then each raid told with its own day and town:
    /// an event told only by sentences that count their acts (<see cref="EventCandidate.CountedActs"/>) sums up the acts
    /// the report then tells one by one. When the report codes as many acts of its type by its actor1 as it counts,
    /// each within <paramref name="retellingDays"/> of its day, it joins the first of them, which keeps its own day,
    /// place and toll. A count the report does not tell in full stays an event.
    /// </summary>
    private static List<Coded> CountedActsJoinTheirActs(List<Coded> coded, int retellingDays)
    {
        var result = new List<Coded>(coded);
        // An event sums up when every telling of it that is not a headline or a quotation counts its acts.
        static bool SumsUp(Coded c) => c.Group.Exists(m => m.CountedActs >= 2) && c.Group.TrueForAll(m => m.CountedActs >= 2 || m.IsSummary);
        foreach (var summary in coded.Where(SumsUp))
        {
            if (summary.Event.Date?.Value.Date is not { } day)
            {
                continue;
            }

            var told = result.Where(c => !SumsUp(c) && c.Event.Class.Value.EventType == summary.Event.Class.Value.EventType &&
                                         c.Event.Actor1?.Value.Name == summary.Event.Actor1?.Value.Name &&
                                         c.Event.Date?.Value.Date is { } other && Math.Abs(other.DayNumber - day.DayNumber) <= retellingDays).ToList();
            if (told.Count == 0 || told.Count < summary.Group.Max(m => m.CountedActs))
            {
                continue;
            }

            var act = told[0];
            var sentences = act.Event.Sentences.Concat(summary.Event.Sentences).Distinct().OrderBy(s => s.Start).ToImmutableArray();
            result[result.FindIndex(c => ReferenceEquals(c, act))] = new Coded([.. act.Group, .. summary.Group], act.Event with { Sentences = sentences }, act.DateFound);
            result.RemoveAt(result.FindIndex(c => ReferenceEquals(c, summary)));
        }

        return result;
    }

    /// <summary>
    /// "Protesters were killed in Chad on Thursday", then "in N'Djamena, the bodies of the protesters ...": an event
    /// coded only at a country or a region (geo precision 3) tells the act the report places at a town of that
    /// country or region (the place is named as the country or the region itself) on the same day, when it is the only such town event, their actor pairs do not disagree
    /// and the telling counts no dead where the town event counts none
    /// (each side alike or left open on one of them, or one actor in common). The earlier telling codes the event,
    /// located at the town. A telling that names its act as another one never joins.
    /// </summary>
    private static List<Coded> RegionTellingsJoinTheirTown(List<Coded> coded)
    {
        var result = new List<Coded>(coded);
        foreach (var region in coded.Where(c => c.Event.Place?.Value is { GeoPrecision: 3 } p && (IsCountryWide(p) || p.Name == p.Admin1) && !TellsAnotherAct(c)))
        {
            if (region.Event.Date?.Value.Date is not { } day || region.Event.Place!.Value is not { } area)
            {
                continue;
            }

            var towns = result.Where(c => !ReferenceEquals(c, region) && !TellsAnotherAct(c) && c.Event.Place?.Value is { GeoPrecision: < 3 } p &&
                                          p.Country == area.Country && (IsCountryWide(area) || string.Equals(p.Admin1, area.Admin1, StringComparison.Ordinal)) &&
                                          c.Event.Date?.Value.Date == day && PairsAgree(ActorPair(c.Event), ActorPair(region.Event)) &&
                                          !(Killed(region) && !Killed(c))).ToList();
            if (towns.Count != 1)
            {
                continue;
            }

            var town = towns[0];
            var (keeper, other) = First(region) <= First(town) ? (region, town) : (town, region);
            var sentences = keeper.Event.Sentences.Concat(other.Event.Sentences).Distinct().OrderBy(s => s.Start).ToImmutableArray();
            var joined = new Coded([.. keeper.Group, .. other.Group], keeper.Event with { Sentences = sentences, Place = town.Event.Place }, keeper.DateFound);
            result[result.FindIndex(c => ReferenceEquals(c, keeper))] = joined;
            result.RemoveAt(result.FindIndex(c => ReferenceEquals(c, other)));
        }

        return result;

        // A telling with its own dead is another act than a town event that killed nobody.
        static bool Killed(Coded c) => c.Event.Fatalities?.Value.Best > 0;
        // A village the gazetteer lacks is placed at its region's point but keeps its own name: it is no region.
        static bool IsCountryWide(Events.Place p) => string.Equals(p.Name, p.Country, StringComparison.Ordinal);
        static bool PairsAgree((string, string) a, (string, string) b) =>
            (Open(a.Item1, b.Item1) && Open(a.Item2, b.Item2)) ||
            new[] { a.Item1, a.Item2 }.Where(n => n.Length > 0).Intersect(new[] { b.Item1, b.Item2 }.Where(n => n.Length > 0)).Any();
        static bool Open(string x, string y) => x.Length == 0 || y.Length == 0 || x == y;
    }

    /// <summary>
    /// ACLED's arrests of protesters are part of their protest: a protest and the state forces' arrests of its
    /// demonstrators (or of people the arrest names no further), told apart but of the protest's day and place (a
    /// region or country takes in any town of its country), are one event, a protest with intervention by the
    /// arresting force, at the finer of the two places. Arrests on another day, of named figures, or by no state force
    /// stay Arrests events.
    /// </summary>
    private List<Coded> ArrestedProtestersJoinTheirProtest(List<Coded> coded)
    {
        var result = new List<Coded>(coded);
        foreach (var arrest in coded.Where(ArrestOfTheCrowd))
        {
            var protest = result.Find(c => c.Event.Class.Value.EventType == EventTypes.Protests && c.Event.Class.Value.SubEventType != SubEventTypes.ExcessiveForceAgainstProtesters &&
                                           c.Event.Date?.Value.Date is { } day && day == arrest.Event.Date!.Value.Date && SamePlaceOrWithin(c.Event.Place?.Value, arrest.Event.Place?.Value));
            if (protest is null)
            {
                continue;
            }

            var (told, by) = (protest.Event, arrest.Event);
            var place = (told.Place, by.Place) is ({ } p, { } a) && a.Value.GeoPrecision < p.Value.GeoPrecision ? a : told.Place ?? by.Place;
            var joined = told with
            {
                Class = told.Class.Value.SubEventType == SubEventTypes.PeacefulProtest
                    ? new Evidence<EventClass>(coder.Taxonomy.BySubType(SubEventTypes.ProtestWithIntervention), [.. told.Class.Spans, .. by.Class.Spans], JoinRule)
                    : told.Class,
                Actor2 = told.Actor2 is { Value.Type: ActorType.StateForces } ? told.Actor2 : by.Actor1,
                Place = place,
                Sentences = [.. told.Sentences.Concat(by.Sentences).Distinct().OrderBy(s => s.Start)],
                CodedBy = told.CodedBy.SetItem(CodedFields.EventClass, JoinRule).SetItem(CodedFields.Actor2, JoinRule),
            };
            result[result.FindIndex(c => ReferenceEquals(c, protest))] = new Coded([.. protest.Group, .. arrest.Group], joined, protest.DateFound);
            result.RemoveAt(result.FindIndex(c => ReferenceEquals(c, arrest)));
        }

        return result;

        static bool ArrestOfTheCrowd(Coded c) =>
            c.Event is { Class.Value.SubEventType: SubEventTypes.Arrests, Actor1.Value.Type: ActorType.StateForces, Date: not null, AssocActor2.IsEmpty: true } e &&
            e.Actor2 is null or { Value.Type: ActorType.Protesters } or { Value.Type: ActorType.Civilians };

        static bool SamePlaceOrWithin(Events.Place? a, Events.Place? b) =>
            a is null || b is null || (a.IsoNumeric == b.IsoNumeric &&
                                       (a.GeoPrecision > 1 || b.GeoPrecision > 1 || Geo.GeoMath.DistanceKm(a.Latitude, a.Longitude, b.Latitude, b.Longitude) <= SamePlaceKm));
    }

    private const string JoinRule = "arrested-protesters-join-their-protest";

    /// <summary>Where a coded event's telling starts: the first sentence of its earliest mention.</summary>
    private static int First(Coded c) => c.Group.Min(m => m.Sentences[0].Start);

    /// <summary>The coded events of one place and actor pair that tell one act: the own day they share, the day the
    /// report dates the others by, and whether one names its act as another (then nothing joins).</summary>
    private sealed class Unit(bool closed)
    {
        private DateOnly? _ownDay;
        private DateOnly? _reportDay;

        public List<Coded> Members { get; } = [];

        public void Add(Coded coded, bool reportDated)
        {
            Members.Add(coded);
            if (coded.Event.Date?.Value.Date is { } day)
            {
                if (reportDated)
                {
                    _reportDay = day;
                }
                else
                {
                    _ownDay = day;
                }
            }
        }

        /// <summary>An event of <paramref name="day"/> tells the unit's act: the same own day, or a day the report dates a
        /// telling by up to <paramref name="retellingDays"/> after the own day.</summary>
        public bool Fits(DateOnly day, bool reportDated, int retellingDays) =>
            !closed && (reportDated
                ? (_reportDay is null || _reportDay == day) && (_ownDay is null || Retold(_ownDay.Value, day, retellingDays))
                : (_ownDay is null || _ownDay == day) && (_reportDay is null || Retold(day, _reportDay.Value, retellingDays)));

        private static bool Retold(DateOnly own, DateOnly told, int retellingDays) => own <= told && told.DayNumber - own.DayNumber <= retellingDays;
    }

    private static bool TellsAnotherAct(Coded coded) => coded.Group.Exists(c => c.IsSeparate || c.NamesAnotherAct);

    /// <summary>A date that is only the report's, not the event's: its dateline, the day of a statement about it, the
    /// week it was published, the page's latest date or the day it was read.</summary>
    private static bool ReportDated(DateEvidence found) =>
        found is DateEvidence.Dateline or DateEvidence.Statement or DateEvidence.PublicationWeek or DateEvidence.PageDate or DateEvidence.ReadDay;

    /// <summary>The actor pair of an event, in its order: the army striking back at the group that overran its base is
    /// another event than the overrun.</summary>
    private static (string, string) ActorPair(ConflictEvent e) => (e.Actor1?.Value.Name ?? string.Empty, e.Actor2?.Value.Name ?? string.Empty);

    /// <summary>The keys of a coded place, two places being one location when they share one: its gazetteer id, and its
    /// name in its country (two towns a few kilometres apart are two locations for ACLED, though a mention may join
    /// either while grouping).</summary>
    private static string[] PlaceKeys(Events.Place? place) =>
        place is null ? []
        : place.GazetteerId is { } id ? [$"{place.Country}\u001fid\u001f{id}", $"{place.Country}\u001fname\u001f{place.Name}"]
        : [$"{place.Country}\u001fname\u001f{place.Name}"];

    /// <summary>
    /// "The next day, ...", "the day before": the day counted from the last day the report named before the
    /// sentence, so the sentence can found or join the event of that day.
    /// </summary>
    private static void ResolveDayReferences(Document document, List<EventCandidate> candidates)
    {
        LatestEnding<DateMention>? days = null;
        foreach (var candidate in candidates.Where(c => c.Date is null && c.DayOffset is not null))
        {
            days ??= new LatestEnding<DateMention>(document.Dates.Where(m => m.Value is { IsSpecificDay: true, IsDateline: false }).Select(m => (m.Span, m.Value)));
            if (days.Before(candidate.Sentences[0].Start) is { } named)
            {
                candidate.Date = (named.Span, named.Value.Shifted(candidate.DayOffset!.Value));
            }
        }
    }

    /// <summary>
    /// "Gunmen killed twelve villagers on Sunday. The attackers raided Kelwa, Tessoura and Gbeni.": a list of towns with
    /// no day of its own that goes on telling the act told just before it, in its paragraph or the one before, with a
    /// day of its own, compatible with it and of its kind of disorder, is that act's towns: it takes that day and is split, one candidate
    /// per town (<see cref="EventCandidate.SplitByPlace"/>). The act told just before decides: a list after an act of
    /// another kind, or far from any dated act, stays one candidate. Paragraphs that tell no act (the scene, the
    /// crowd's slogans) do not part the list from the act told last: it reaches up to <paramref name="reach"/>
    /// paragraphs back.
    /// </summary>
    private static void SplitListsContinuingADatedAct(List<EventCandidate> candidates, int reach)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var list = candidates[i];
            if (list.ListedPlaces.Count < 2 || list.Date is not null || list.DayOffset is not null || list.IsSummary)
            {
                continue;
            }

            var told = candidates.Take(i).LastOrDefault(c => !c.IsSummary && c.Date is { Value: { IsSpecificDay: true, IsDateline: false } });
            var gap = list.Paragraph - (told?.Paragraph ?? 0);
            if (told is null || gap < 0 || gap > (ReferenceEquals(told, candidates[i - 1]) ? Math.Max(1, reach) : 1) || !Compatible(told, list) ||
                !DisorderKinds(told.Class).Intersect(DisorderKinds(list.Class)).Any())
            {
                continue;
            }

            list.Date = told.Date;
            var copies = list.SplitByPlace();
            if (copies.Count == 0)
            {
                list.Date = null;
                continue;
            }

            candidates.InsertRange(i + 1, copies);
            i += copies.Count;
        }
    }

    /// <summary>
    /// The main event of a report none of whose act sentences founded or joined an event: the first sentence (not a
    /// headline or quotation, unless the report has nothing else) that names an act with someone doing it, or a
    /// strong act with a victim or a toll, first, then the sentences of its paragraph that tell the same kind of event. Null when no
    /// sentence names such an act, or the first one is told after the report's first <paramref name="leadParagraphs"/>
    /// paragraphs (its headline and lead).
    /// </summary>
    internal static List<EventCandidate>? MainEventFromContext(List<EventCandidate> unplaced, int leadParagraphs)
    {
        // A generic act ("killed") needs someone doing it; a strong one (a raid, a bombing) someone taking part.
        static bool Tells(EventCandidate c) => c.Agents.Count > 0 || (c.IsStrong && (c.Patients.Count > 0 || c.Claims.Count > 0));
        var lead = unplaced.Find(c => Tells(c) && !c.IsSummary) ?? unplaced.Find(Tells);
        if (lead is null || lead.Paragraph >= leadParagraphs)
        {
            // An act told deep in a page is no report's main event: a side remark of a longer story.
            return null;
        }

        return [lead, .. unplaced.Where(c => c != lead && (c.Paragraph == lead.Paragraph && !c.IsSummary && !c.IsSeparate &&
                                                     (!c.IsStrong || c.Class.EventType == lead.Class.EventType)))];
    }

    /// <summary>The year events are assumed to be in: the publication year, else the year of the latest full date, else of the latest month.</summary>
    private static int? ReferenceYear(Document document, bool retrospective)
    {
        if (document.Metadata.Published is { } published)
        {
            return published.Year;
        }

        var dates = document.Dates.Select(m => m.Value).Where(d => d.Date is not null).ToList();
        var years = dates.Where(d => d.IsSpecificDay).Select(d => d.Date!.Value.Year).ToList();
        if (years.Count == 0 && !retrospective)
        {
            // No day is named ("in January 2024", "au cours du mois de mars 2025"): the latest year the report names
            // is its present, and only earlier years are background.
            years = [.. dates.Where(d => d.Precision <= 3).Select(d => d.Date!.Value.Year)];
        }

        return years.Count > 0 ? years.Max() : null;
    }

    /// <summary>
    /// Groups candidates that describe one event. Anchored candidates merge when they agree on place and day and
    /// their types are compatible; unanchored ones join the nearest compatible event before or after them.
    /// </summary>
    internal static List<List<EventCandidate>> Group(List<EventCandidate> candidates) => Group(candidates, out _);

    /// <summary>Groups candidates (<see cref="Group(List{EventCandidate})"/>) and says how many comparisons of a
    /// candidate with an event or one of its members it took (<see cref="EventGroups"/>).</summary>
    internal static List<List<EventCandidate>> Group(List<EventCandidate> candidates, out long comparisons)
    {
        var groups = new EventGroups(candidates);
        var floating = new List<EventCandidate>();
        foreach (var candidate in candidates)
        {
            if (!candidate.IsAnchored)
            {
                floating.Add(candidate);
                continue;
            }

            // A group is one day: a mention without a day must not bridge two days ("stormed a school in Kumbo" between
            // Monday's abduction in Kumbo and Tuesday's raid near Jakiri).
            var same = groups.SameEventAs(candidate);
            if (same >= 0)
            {
                groups.Join(same, candidate);
            }
            else
            {
                groups.Found(candidate);
            }
        }

        // A report whose only telling of an event is its headline or a quotation still has that event.
        if (groups.Count == 0 && floating.FirstOrDefault(c => c.IsSummary && c.Paragraph == 0 && (c.Date is not null || c.Place?.Value.Resolved is not null)) is { } summary)
        {
            floating.Remove(summary);
            groups.Found(summary);
        }

        // "Un quatrième attentat-suicide a visé un poste de l'armée": a sentence that names its act as another one than
        // the events before it is never merged into one of them, even without a day or place of its own; its
        // paragraph dates and places it.
        if (groups.Count > 0)
        {
            foreach (var separate in floating.Where(c => c.NamesAnotherAct && !c.IsSummary).ToList())
            {
                floating.Remove(separate);
                groups.Found(separate);
            }
        }

        var grouped = groups.Events.SelectMany(g => g).ToList();
        var kinds = new HashSet<string>(grouped.SelectMany(c => DisorderKinds(c.Class)), StringComparer.Ordinal);
        var crowds = grouped.Exists(c => IsCrowdEvent(c.Class));
        foreach (var candidate in floating)
        {
            // "The statement did not say whether the raid was linked to the abductions": a reference joins the event
            // of its own kind first, the nearest one otherwise.
            if (groups.Referred(candidate) is var target and >= 0)
            {
                groups.Join(target, candidate);
            }
            else if (FoundsOtherAct(candidate, kinds, crowds) || FoundsReportedAct(candidate))
            {
                // A gun battle between the police and a gang told after the gang's looting: an act of another kind of
                // disorder than every event of the report is another event, dated and placed by its paragraph.
                groups.Found(candidate);
                kinds.UnionWith(DisorderKinds(candidate.Class));
            }
        }

        var result = groups.Events;
        foreach (var group in result)
        {
            group.Sort((a, b) => a.Sentences[0].Start.CompareTo(b.Sentences[0].Start));
        }

        comparisons = groups.Comparisons;
        return result;
    }

    /// <summary>
    /// A sentence with no day or place of its own that names its act for sure and two actors, told as news (not a
    /// headline or a quotation), founds an event of its own when it tells another kind of disorder (ACLED's disorder
    /// type: political violence, demonstrations, strategic developments) than every event of the report
    /// (<paramref name="kinds"/>, not empty): a clash told after a looting. Within one kind it joins the events as
    /// before, since a report often names one act with two words (an air strike told as fighting). Nor does it in a
    /// report of a protest or a riot (<paramref name="crowds"/>), nor when it tells one itself: "clashes" at a march
    /// the coding rules make a riot, and the crowd dispersed in the next sentence is the same crowd. It is an act of
    /// violence: arrests, looting or a deal told beside a battle are most often what that battle led to.
    /// </summary>
    internal static bool FoundsOtherAct(EventCandidate candidate, IReadOnlySet<string> kinds, bool crowds) =>
        !crowds && kinds.Count > 0 && candidate is { IsStrong: true, IsSummary: false, Class.IsViolent: true } && !IsCrowdEvent(candidate.Class) &&
        candidate.Agents.Count + candidate.Patients.Count >= 2 &&
        !DisorderKinds(candidate.Class).Any(kinds.Contains);

    /// <summary>
    /// A sentence with no day or place of its own that no event of the report can take, but that tells an act for sure
    /// with its toll and the day a statement about it was made ("a report seen on Wednesday stated that a bomb killed
    /// six soldiers") founds its event: the act is no later than that day, and its paragraph or the next sentence dates
    /// and places it. Without the statement's day it would have been dated by it and founded the event.
    /// </summary>
    internal static bool FoundsReportedAct(EventCandidate candidate) =>
        candidate is { IsStrong: true, IsSummary: false, Class.IsViolent: true, StatementDate.Value: { IsEventDay: true, IsDateline: false } } &&
        candidate.Claims.Count > 0;

    /// <summary>A protest or a riot: in a report of one, an act of another kind (arrests, a clash with the police) is
    /// the intervention in the crowd or its turn to violence, ACLED's one demonstration event, not another event.</summary>
    internal static bool IsCrowdEvent(EventClass eventClass) => eventClass.EventType is EventTypes.Protests or EventTypes.Riots;

    /// <summary>The kinds of disorder of an event class (the excessive force against protesters is two).</summary>
    internal static string[] DisorderKinds(EventClass eventClass) =>
        eventClass.DisorderType.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// For each "no group claimed responsibility" sentence (by its start), the event told last before it: the group
    /// with the latest anchored sentence starting at or before it, the first group among equals.
    /// </summary>
    private static HashSet<List<EventCandidate>> Disowned(List<List<EventCandidate>> groups, List<int> unclaimed)
    {
        if (unclaimed.Count == 0)
        {
            return [];
        }

        var anchors = groups.SelectMany((g, i) => g.Where(c => c.IsAnchored).Select(c => (Start: c.Sentences[0].Start, Group: i)))
            .OrderBy(a => a.Start).ThenBy(a => a.Group).ToArray();
        var disowned = new HashSet<List<EventCandidate>>();
        foreach (var at in unclaimed)
        {
            var upTo = SpanSearch.Bisect(anchors.Length, i => anchors[i].Start <= at);
            if (upTo > 0)
            {
                var latest = anchors[upTo - 1].Start;
                disowned.Add(groups[anchors[SpanSearch.Bisect(anchors.Length, i => anchors[i].Start < latest)].Group]);
            }
        }

        return disowned;
    }

    /// <summary>
    /// ACLED's unit: one event per place, day and actors. Two anchored mentions are one event when their types are
    /// compatible, their days agree, and their places are the same, within <see cref="SamePlaceKm"/>, or one is the
    /// region of the other; a sentence that says it is another event is never merged, nor are two towns of one list.
    /// </summary>
    internal static bool SameEvent(EventCandidate earlier, EventCandidate later)
    {
        if (!Compatible(earlier, later) || later.IsSeparate || (later.SplitFrom is not null && ReferenceEquals(earlier.SplitFrom, later.SplitFrom)))
        {
            return false;
        }

        var dateA = OwnDay(earlier);
        var dateB = OwnDay(later);
        if (dateA is not null && dateB is not null && dateA != dateB)
        {
            return false;
        }

        var pa = earlier.Place?.Value.Resolved;
        var pb = later.Place?.Value.Resolved;
        if (pa is not null && pb is not null)
        {
            return pa.IsAdmin1 || pb.IsAdmin1 || SamePlace(pa, pb);
        }

        return dateA is not null && dateB is not null && !NamesAnotherPlace(earlier, later);
    }

    /// <summary>
    /// Two mentions of one day that name different places, one of them a place the gazetteer lacks ("a raid near
    /// Sebba" and "an assault on a base near the locality of Soam" that Sunday): the unknown name still says where the
    /// act was, so they are two events. A region takes in any place.
    /// </summary>
    private static bool NamesAnotherPlace(EventCandidate earlier, EventCandidate later) =>
        AtTown(earlier) && AtTown(later) && !SameLocation(earlier, later);

    /// <summary>
    /// ACLED's one event per location: a mention with its own day at a town joins no event whose members name only
    /// other towns, even when a member that names no place would take it ("two operations on Sunday" told first, then
    /// one near Sebba and one near the locality of Soam that Sunday). A region takes in any place.
    /// </summary>
    internal static bool ElsewhereThan(IEnumerable<EventCandidate> located, EventCandidate candidate)
    {
        if (!AtTown(candidate) || OwnDay(candidate) is null)
        {
            return false;
        }

        var any = false;
        foreach (var member in located)
        {
            if (member.IsAnchored && AtTown(member))
            {
                any = true;
                if (SameLocation(member, candidate))
                {
                    return false;
                }
            }
        }

        return any;
    }

    /// <summary>The candidate names a place that is not a region: a town the gazetteer knows or a name it lacks.</summary>
    internal static bool AtTown(EventCandidate c) => c.Place is { } p && p.Value.Resolved is not { IsAdmin1: true };

    /// <summary>Two places are one location: the same gazetteer place or one within <see cref="SamePlaceKm"/>, or the
    /// same name where the gazetteer lacks one of them.</summary>
    private static bool SameLocation(EventCandidate a, EventCandidate b) =>
        a.Place?.Value.Resolved is { } pa && b.Place?.Value.Resolved is { } pb
            ? SamePlace(pa, pb)
            : string.Equals(PlaceName(a), PlaceName(b), StringComparison.Ordinal);

    /// <summary>The same gazetteer place, or two within <see cref="SamePlaceKm"/> of each other.</summary>
    private static bool SamePlace(Geo.GazetteerEntry a, Geo.GazetteerEntry b) =>
        a.Id == b.Id || Geo.GeoMath.DistanceKm(a.Latitude, a.Longitude, b.Latitude, b.Longitude) <= SamePlaceKm;

    internal static string? PlaceName(EventCandidate c) => c.Place is { } p ? Lexicon.TextNormalizer.Fold(p.Value.Surface) : null;

    /// <summary>Places closer than this are one location for merging mentions of an event.</summary>
    public const double SamePlaceKm = 30;

    /// <summary>A sentence that retells <paramref name="told"/> gives it the day it names (unless the act names an
    /// earlier one), its toll, and its town when that town is the finer place (<see cref="FinerPlace"/>).</summary>
    private static void Retell(string text, EventCandidate told, EventCandidate retelling)
    {
        if (retelling.Date is { Value: { IsEventDay: true, IsDateline: false } day } dated && GivesWayTo(told.Date, day))
        {
            told.Date = dated;
        }

        if (told.Place is { } own && retelling.Place is { } named && FinerPlace(text, own, named.Value))
        {
            told.Place = named;
        }

        told.Claims.AddRange(retelling.Claims);
        told.Sentences.AddRange(retelling.Sentences.Where(s => !told.Sentences.Contains(s)));
    }

    /// <summary>
    /// The place a retelling names ("The raid took place on Sunday in Tillabéri", "... in the Tahoua region") is where the
    /// act told before it happened when that act's town is only the one the report was filed from ("DAKAR: ... in
    /// western Niger").
    /// </summary>
    private static bool FinerPlace(string text, (TextSpan Span, PlaceMention Value) own, PlaceMention named) =>
        (TownLike(named) || named.Resolved is not null) && SentenceReader.IsDatelinePlace(text, own.Span);

    /// <summary>A retelling that names a town other than the act's own, which is not just where the report was filed
    /// from: a place of its own, left to the grouping of mentions.</summary>
    private static bool NamesAnotherTown(string text, EventCandidate told, EventCandidate retelling) =>
        told.Place is { } own && retelling.Place is { } named && TownLike(named.Value) && !SameLocation(told, retelling) &&
        !FinerPlace(text, own, named.Value);

    /// <summary>A town, village or other settlement, known to the gazetteer or not (not a region or a country).</summary>
    private static bool TownLike(PlaceMention place) => place is { Resolved: { IsPopulated: true } } or { Resolved: null, IsSettlement: true };

    /// <summary>Whether an event's own date gives way to the day a following sentence says it occurred on: it has none,
    /// only a dateline, or a later day (the day it was reported).</summary>
    private static bool GivesWayTo((TextSpan Span, DateMention Value)? own, DateMention occurred) =>
        own is not { Value: { IsDateline: false, Date: { } day } } || occurred.Date < day;

    internal static DateOnly? OwnDay(EventCandidate c) =>
        c.Date is { Value: { IsEventDay: true, IsDateline: false } d } ? d.Date : null;

    /// <summary>The toll of a sentence that names no act and opens its paragraph's telling, waiting for the paragraph's first act.</summary>
    private sealed class PendingToll
    {
        public int Paragraph { get; set; }

        public TextSpan Span { get; set; }

        public IReadOnlyList<FatalityClaim>? Claims { get; set; }
    }

    private static bool Compatible(EventCandidate a, EventCandidate b) =>
        !a.IsStrong || !b.IsStrong || a.Class.EventType == b.Class.EventType;
}
