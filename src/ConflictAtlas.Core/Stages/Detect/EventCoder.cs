using System.Collections.Immutable;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>
/// Codes one group of candidates as an ACLED event: the day (its own, else the nearest earlier date of the paragraph,
/// else the publication date at week precision, else on an undated page its latest date or the day it was read, at
/// month precision), the place, then the actors with their regime-dated names, the type
/// and civilian targeting by the ordered coding rules (<see cref="CodingRules"/>), and the fatality claims. An event
/// with no place is not coded; one with its own day placed only in its country or at a place the gazetteer lacks is
/// coded at the country.
/// </summary>
public sealed class EventCoder
{
    public const string Producer = "detect";

    // ACLED's time precision: 1 the day, 2 the week (or a few days), 3 the month.
    private const int DayPrecision = 1;
    private const int WeekPrecision = 2;
    private const int MonthPrecision = 3;

    // ACLED's geo precision: 1 the place itself, 2 near it, 3 its region.
    private const int PlacePrecision = 1;
    private const int NearPrecision = 2;
    private const int RegionPrecision = 3;

    private const string ParagraphBreak = "\n\n";

    private readonly ActorCatalog _actors;
    private readonly CodingRules _rules;

    public EventCoder(ActorCatalog actors, Taxonomy taxonomy)
        : this(actors, taxonomy, CodingRules.Default, CodingThresholds.Default)
    {
    }

    public EventCoder(ActorCatalog actors, Taxonomy taxonomy, CodingRules rules, CodingThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(thresholds);
        _actors = actors;
        Taxonomy = taxonomy;
        _rules = rules;
        Thresholds = thresholds;
    }

    public Taxonomy Taxonomy { get; }

    public CodingThresholds Thresholds { get; }

    /// <summary>The model that turns how the evidence was found into the event's confidence.</summary>
    public ConfidenceModel Confidence { get; init; } = ConfidenceModel.Default;

    /// <summary>Codes one group of candidates; <paramref name="unclaimed"/> says the report states nobody claimed the
    /// event, so an attacker it does not name stays unidentified instead of borrowing a group named elsewhere.</summary>
    public ConflictEvent? Code(Document document, List<EventCandidate> group, CountryContext context, bool unclaimed = false) =>
        Code(document, group, context, unclaimed, out _);

    /// <summary>Codes one group of candidates, or says why it gives no event (<see cref="DropReason.NoDate"/>,
    /// <see cref="DropReason.NoPlace"/>).</summary>
    public ConflictEvent? Code(Document document, List<EventCandidate> group, CountryContext context, bool unclaimed, out DropReason dropped) =>
        Code(document, group, context, unclaimed, null, out dropped);

    /// <summary>Codes one group of candidates, reading the whole report through <paramref name="report"/>: the detect
    /// stage makes one per report for all its events (<see cref="Index"/>); without one, the group's own is made.</summary>
    internal ConflictEvent? Code(Document document, List<EventCandidate> group, CountryContext context, bool unclaimed, ReportIndex? report, out DropReason dropped) =>
        Code(document, group, context, unclaimed, report, out dropped, out _);

    /// <summary>Codes one group of candidates (<see cref="Code(Document, List{EventCandidate}, CountryContext, bool, ReportIndex?, out DropReason)"/>)
    /// and says how its date was found.</summary>
    internal ConflictEvent? Code(Document document, List<EventCandidate> group, CountryContext context, bool unclaimed, ReportIndex? report, out DropReason dropped,
                                 out DateEvidence dateFound)
    {
        dropped = DropReason.None;
        dateFound = DateEvidence.ReadDay;
        ArgumentNullException.ThrowIfNull(document);
        report ??= Index(document);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(context);
        var lead = Lead(group);
        var date = CodeDate(document, report, group, lead, out var dateEvidence);
        dateFound = dateEvidence;
        if (date is null || (lead.FromContext && dateEvidence == DateEvidence.ReadDay))
        {
            // A main event told only from its context needs some date of the report's own: the day it was read is none.
            dropped = DropReason.NoDate;
            return null;
        }

        var place = CodePlace(document, report, group, lead, context, out var placeEvidence);
        if (place is null && CountryPlace(document, group, lead, context) is { } countryPlace)
        {
            (place, placeEvidence) = (AtCapital(document, group, countryPlace) ?? countryPlace, PlaceEvidence.Country);
        }

        if (place is null)
        {
            dropped = DropReason.NoPlace;
            return null;
        }

        place = PlaceUnknownSettlement(document, group, lead, place);

        var state = Begin(document, report, group, CountryCatalog.Default.ByName(place.Value.Country) ?? context.Main, date.Value.Date, unclaimed);
        _rules.Apply(state);
        var eventClass = state.EventClass ?? throw new InvalidOperationException("no coding rule set the event class");
        if (eventClass.EventType == EventTypes.ViolenceAgainstCivilians && !HasParticipant(group) && !IsNamed(state.Actor1?.Value) && !IsNamed(state.Actor2?.Value))
        {
            dropped = DropReason.NoParticipant;
            return null;
        }

        if (eventClass.SubEventType == SubEventTypes.Agreement && state.Actor1 is null && !IsNamed(state.Actor2?.Value))
        {
            // An agreement is made by parties: "hopes for a peace deal" with nobody named to make one is talk about one.
            dropped = DropReason.NoParticipant;
            return null;
        }

        if (eventClass.SubEventType == SubEventTypes.Arrests && !group.Exists(c => c.NamesPoliticalDetainee) && !IsNamedDetainee(state.Actor2?.Value))
        {
            // A crime arrest is no event, but the acts it joined still are ("they burned two trucks ... a suspect was
            // held"): the event is coded from the group's other sentences.
            var others = group.FindAll(c => c.Class.SubEventType != SubEventTypes.Arrests);
            if (others.Exists(c => c.IsStrong) && Code(document, others, context, unclaimed, report, out _) is { } other)
            {
                return other;
            }

            dropped = DropReason.NotPolitical;
            return null;
        }

        var (actor1, actor2, claims, triggerSpans) = (state.Actor1, state.Actor2, state.Claims, state.TriggerSpans);

        Evidence<FatalityEstimate>? fatalities = null;
        if (claims.Count > 0)
        {
            var estimate = FatalityEstimate.FromClaims(claims);
            if (group.Find(c => c.SplitHigh > 0) is { } split)
            {
                // One town's share of a toll told for several: its range runs from one death to the whole toll.
                estimate = estimate with { Low = Math.Min(estimate.Low, Math.Min(1, estimate.Best)), High = Math.Max(estimate.High, split.SplitHigh) };
            }

            fatalities = new Evidence<FatalityEstimate>(estimate, [.. claims.Select(c => c.Span).Distinct().OrderBy(s => s.Start)], Producer);
        }

        var sentences = group.SelectMany(c => c.Sentences).Distinct().OrderBy(s => s.Start).ToImmutableArray();
        ImmutableArray<ConfidenceFactor> factors =
        [
            Confidence.Factor(ConfidenceComponent.Date, dateEvidence),
            Confidence.Factor(ConfidenceComponent.TimePrecision, date.Value.Precision),
            Confidence.Factor(ConfidenceComponent.Place, placeEvidence),
            Confidence.Factor(ConfidenceComponent.GeoPrecision, place.Value.GeoPrecision),
            Confidence.Factor(ConfidenceComponent.Actor1, KindOf(actor1)),
            Confidence.Factor(ConfidenceComponent.Toll, fatalities is null ? TollEvidence.None : TollEvidence.DeathPhrase),
            Confidence.Factor(ConfidenceComponent.Mentions, sentences.Length),
            Confidence.LanguageFactor(document.Metadata.Language),
            Confidence.Factor(ConfidenceComponent.Trigger, group.Exists(c => c.IsStrong) ? TriggerEvidence.Strong : TriggerEvidence.Generic),
        ];
        return new ConflictEvent
        {
            Class = new Evidence<EventClass>(eventClass, triggerSpans, Producer),
            Trigger = new Evidence<string>(triggerSpans[0].Of(document.Text), triggerSpans, Producer),
            Actor1 = actor1,
            Actor2 = actor2,
            CivilianTargeting = state.CivilianTargeting,
            Date = date,
            Place = place,
            Fatalities = fatalities,
            Sentences = sentences,
            Notes = lead.Sentences[0].Of(document.Text),
            Confidence = Confidence.Score(factors),
            ConfidenceFactors = factors,
            CodedBy = state.SetBy.ToImmutableSortedDictionary(),
        };
    }

    /// <summary>
    /// The coding state of a group before any rule ran: its lead, and its agents and patients resolved for the event's
    /// country and day (the lead's first: the sentence that tells the event decides the roles, sentences that refer
    /// back to it only fill gaps).
    /// </summary>
    public CodingState Begin(Document document, List<EventCandidate> group, Country? country, DateOnly day, bool unclaimed) =>
        Begin(document, null, group, country, day, unclaimed);

    private CodingState Begin(Document document, ReportIndex? report, List<EventCandidate> group, Country? country, DateOnly day, bool unclaimed)
    {
        ArgumentNullException.ThrowIfNull(document);
        report ??= Index(document);
        ArgumentNullException.ThrowIfNull(group);
        var lead = Lead(group);
        var ordered = group.OrderBy(c => ReferenceEquals(c, lead) ? 0 : 1).ToList();
        var agents = ResolveAll(ordered.SelectMany(c => c.Agents).Select(a => (a.Span, a.Value)), day, country);
        var patients = ResolveAll(ordered.SelectMany(c => c.Patients).Select(a => (a.Span, a.Value)), day, country);
        return new CodingState(this, document, report, group, lead, country, day, unclaimed, agents, patients);
    }

    /// <summary>
    /// Violence against civilians is the use of force by a group against people: the report must name a participant
    /// (an actor, a victim group, a death toll). "Killed a rabbit", "under attack" in a political race or a disease
    /// that "killed" name none. (A clash implies two armed sides, a bomb or air strike the armed actor that used it,
    /// a demonstration its crowd: those need no named participant.)
    /// </summary>
    private static bool HasParticipant(List<EventCandidate> group) =>
        group.Exists(c => c.Agents.Count > 0 || c.Patients.Count > 0 || c.Claims.Count > 0);

    /// <summary>An actor the catalogue names (state forces, a named group), not one of the generic actors the coder
    /// supplies when the report names none.</summary>
    private static bool IsNamed(Actor? actor) =>
        actor is { IsGeneric: false, Type: not (ActorType.Civilians or ActorType.Protesters or ActorType.Rioters) };

    /// <summary>A named actor that makes an arrest political when it is the one held: a group or a party, not the
    /// police whose custody holds someone ("migrants in police custody").</summary>
    private static bool IsNamedDetainee(Actor? actor) => IsNamed(actor) && actor!.Type != ActorType.StateForces;

    private static bool IsUnidentified(Actor actor) => actor.IsGeneric && CodingState.IsArmed(actor);

    /// <summary>What kind of actor was coded, for the confidence: named in the event's sentences or elsewhere in the
    /// report, generic, the unidentified armed group, or a crowd.</summary>
    private ActorEvidence KindOf(Evidence<Actor>? actor) => actor switch
    {
        null => ActorEvidence.None,
        { Value.Type: ActorType.Protesters or ActorType.Rioters } => ActorEvidence.Crowd,
        _ when IsUnidentified(actor.Value) => ActorEvidence.Unidentified,
        _ when !IsNamed(actor.Value) => ActorEvidence.Generic,
        { Confidence: var c } when c >= Thresholds.NamedActor => ActorEvidence.Named,
        { Confidence: var c } when c > Thresholds.GenericActor => ActorEvidence.Report,
        _ => ActorEvidence.Generic,
    };

    private static EventCandidate Lead(List<EventCandidate> group) => group.FirstOrDefault(c => c.IsAnchored) ?? group[0];

    /// <summary>Whether <paramref name="actor"/> is a country's government (a political body, not an armed force).</summary>
    internal bool IsGovernment(Actor actor) => _actors.IsKind(actor, StateForceKind.Government);

    /// <summary>The military of <paramref name="country"/> the report names, with the confidence of an actor taken
    /// from elsewhere in the report.</summary>
    internal Evidence<Actor>? StateForcesIn(ReportIndex report, DateOnly day, Country country) =>
        NamedActorsOfReport(report, day, country)
            .Where(a => a.Value.Country == country.Name && _actors.IsMilitary(a.Value))
            .Select(a => a with { Confidence = Thresholds.ReportActor })
            .FirstOrDefault();

    /// <summary>The state forces of <paramref name="country"/> the report names (its first named), with the confidence of
    /// an actor taken from the report, else its police as a generic actor with <paramref name="spans"/> as evidence.</summary>
    internal Evidence<Actor>? InterveningForce(ReportIndex report, DateOnly day, Country country, ImmutableArray<TextSpan> spans) =>
        NamedActorsOfReport(report, day, country)
            .Where(a => a.Value.Type == ActorType.StateForces && a.Value.Country == country.Name)
            .Select(a => a with { Confidence = Thresholds.ReportActor })
            .FirstOrDefault() ??
        StateForce(StateForceKind.Police, day, country, spans);

    /// <summary>The <paramref name="kind"/> of state force of <paramref name="country"/> as a generic actor with
    /// <paramref name="spans"/> as evidence.</summary>
    internal Evidence<Actor>? StateForce(StateForceKind kind, DateOnly day, Country country, ImmutableArray<TextSpan> spans) =>
        _actors.StateForces(kind, country, day) is { } forces ? new Evidence<Actor>(forces, spans, Producer, Thresholds.GenericActor) : null;

    /// <summary>Named non-state armed actors of the whole report that a sentence telling an act names (not a group only
    /// said to fight a years-long war or to operate in the area), most mentioned first.</summary>
    internal List<Evidence<Actor>> NamedArmedActors(ReportIndex report, DateOnly day, Country? country) =>
        NamedActorsOfReport(report, day, country)
            .Where(a => a.Value.Type is ActorType.RebelGroup or ActorType.PoliticalMilitia or ActorType.IdentityMilitia && a.Confidence > Thresholds.GenericActor)
            .Where(a => report.ActSentences is not { } acts || a.Spans.Any(s => acts.Any(x => x.Contains(s))))
            .OrderByDescending(a => a.Spans.Length)
            .ThenBy(a => a.Spans[0].Start)
            .Select(a => a with { Confidence = Thresholds.ReportActor })
            .ToList();

    /// <summary>A generic actor of the event's country ("Civilians (Mali)"), or null when the catalogue cannot name it.</summary>
    internal Evidence<Actor>? GenericActor(string template, ActorType type, ImmutableArray<TextSpan> spans, DateOnly day, Country country, double confidence) =>
        _actors.Resolve(new ActorEntry(template, type, null, null, null, IsGeneric: true), day, country) is { } actor
            ? new Evidence<Actor>(actor, spans, Producer, confidence)
            : null;

    /// <summary>The named actor mentions of the whole report resolved for a day and country, once per report, day
    /// and country however many events ask (each event of a long report would otherwise resolve them all again).</summary>
    private List<Evidence<Actor>> NamedActorsOfReport(ReportIndex report, DateOnly day, Country? country)
    {
        lock (report)
        {
            return report.NamedActors(day, country, Thresholds.GenericActor, Thresholds.NamedActor);
        }
    }

    /// <summary>What the coder searches in the whole report, gathered once for all the report's events
    /// (<see cref="ReportIndex"/>). <paramref name="actSentences"/>: the report's sentences that tell an act or lay one
    /// on someone (<see cref="ReportIndex.ActSentences"/>); null when the sentences were not read. <paramref name="showsRiots"/>:
    /// whether one of them tells a crowd's violence (<see cref="ReportIndex.ShowsRiots"/>).</summary>
    internal ReportIndex Index(Document document, IReadOnlyList<TextSpan>? actSentences = null, bool showsRiots = false, bool crowdOnlyDispersed = false) =>
        new(document, MonthPrecision, DayPrecision, (entry, day, country) => _actors.Resolve(entry, day, country), actSentences, showsRiots, crowdOnlyDispersed);

    /// <summary>A date of the text, or one worked out from the day the report was read alone (a weekday counted back
    /// from it is the only relative date read against that day).</summary>
    private static DateSource SourceOf(DateMention mention) =>
        !mention.IsFromReadDay ? DateSource.Text : mention.IsRelative ? DateSource.ReadDayWeekday : DateSource.ReadDay;

    private Evidence<EventDate>? CodeDate(Document document, ReportIndex report, List<EventCandidate> group, EventCandidate lead, out DateEvidence found)
    {
        found = DateEvidence.ReadDay;
        // A dateline that shares the lead's sentence is when the report was filed: the day a statement about the event
        // was made there ("KIDAL, March 10 - ... residents said on Sunday") or a day another sentence of the event
        // names is nearer the event.
        // A dateline gives way to a statement day told in the event's sentences too: the statement is nearer the event.
        var statement = lead.StatementDate ?? group.Find(c => c.StatementDate is not null)?.StatementDate;
        var other = group.Find(c => c.Date is { Value.IsDateline: false });
        var datelineGivesWay = statement is { Value.Date: not null };
        var own = lead.Date is { Value.IsDateline: true } dateline
            ? (lead.StatementDate is { Value.Date: { } saidOn }
                // "KIDAL, March 12 - ..., officers said on Wednesday. Rebels ambushed them on Tuesday": the day another
                // sentence of the event names, when it is shortly before the statement (further back, another event's).
                ? ShortlyBefore(other?.Date, saidOn)
                // The dateline alone: a day the next sentence names shortly before it is nearer the event.
                : other?.Date ?? (datelineGivesWay ? null : ShortlyBefore(NextSentenceDay(document, lead), dateline.Value.Date) ?? dateline))
            : lead.Date ?? other?.Date ?? (datelineGivesWay ? null : group.Find(c => c.Date is not null)?.Date);

        if (own is { } d && d.Value.Date is { } day)
        {
            // A date known only to its month (a day without a year on an undated page) is weaker evidence than a day
            // or a week of the event's own sentence.
            found = d.Value.Precision >= MonthPrecision ? DateEvidence.OwnMonth : DateEvidence.OwnDay;
            return new Evidence<EventDate>(new EventDate(day, Math.Min(MonthPrecision, d.Value.Precision), SourceOf(d.Value)), d.Span, Producer);
        }

        // The nearest earlier full date in the same paragraph ("On Monday, ... Later, gunmen ...").
        var start = lead.Sentences[0].Start;
        var paragraphStart = document.Text.LastIndexOf(ParagraphBreak, Math.Max(0, start - 1), StringComparison.Ordinal);
        var earlier = report.Dates.Between(paragraphStart, start);
        if (earlier is { Value.IsDateline: true } && statement is { Value.Date: not null } && lead.DayOffset is null)
        {
            earlier = null;
        }

        found = earlier is { Value.IsDateline: true } ? DateEvidence.Dateline : DateEvidence.Paragraph;
        if (earlier is null && lead.DayOffset is not null)
        {
            found = DateEvidence.DayReference;
            // "On the same day, ...", "the day before": relative to the last day the report named, paragraphs apart.
            earlier = report.Days.Before(start);
        }

        if (earlier is { } e)
        {
            var offset = lead.DayOffset ?? 0;
            return new Evidence<EventDate>(new EventDate(e.Value.Date!.Value.AddDays(offset), e.Value.Precision, SourceOf(e.Value)), e.Span, Producer, Thresholds.EarlierDate);
        }

        // "The government said on Monday that the army had carried out air strikes": no later than the statement.
        if (statement is { Value.Date: { } said } s)
        {
            // "..., a rights group said on Saturday. Fighters on Thursday stormed two hamlets": the day the next sentence
            // names, shortly before the statement, is the event's (further back, another event's).
            // The sentence after the one that gives the statement: a headline leading the event has no day of its own,
            // and the day its next sentence names is the statement's.
            var teller = lead.StatementDate is not null ? lead : group.Find(c => c.StatementDate is not null) ?? lead;
            if (ShortlyBefore(NextSentenceDay(document, teller), said) is { Value.Date: { } next } n)
            {
                found = DateEvidence.Paragraph;
                return new Evidence<EventDate>(new EventDate(next, n.Value.Precision), n.Span, Producer, Thresholds.EarlierDate);
            }

            found = DateEvidence.Statement;
            return new Evidence<EventDate>(new EventDate(said, Math.Min(MonthPrecision, s.Value.Precision), SourceOf(s.Value)), s.Span, Producer, Thresholds.StatementDate);
        }

        // Only the publication date is known: the event is in the days before it, so widen to the week.
        if (document.Metadata.Published is { } published)
        {
            var pday = DateOnly.FromDateTime(published.Date);
            var week = pday.AddDays(-(((int)pday.DayOfWeek + 6) % 7)).AddDays(2);
            found = DateEvidence.PublicationWeek;
            return new Evidence<EventDate>(new EventDate(week > pday ? pday : week, WeekPrecision, DateSource.Publication), lead.TriggerSpans[0], Producer, Thresholds.PublicationWeek);
        }

        // An undated report that names no day for the event: the latest date the page gives, else the month the
        // report was read in. An event is never dropped for its date alone, but an act told with neither a day nor a
        // toll ("fought for two years", "abandoned because of fighting") is background, not an event.
        if (!group.Any(c => c.Claims.Count > 0))
        {
            return null;
        }

        var latest = report.LatestDate(MonthPrecision);
        if (latest is not null)
        {
            found = DateEvidence.PageDate;
            return new Evidence<EventDate>(new EventDate(latest.Value.Date!.Value, MonthPrecision, latest.Value.IsFromReadDay ? DateSource.ReadDay : DateSource.Publication), latest.Span, Producer, Thresholds.PageDate);
        }

        found = DateEvidence.ReadDay;
        return new Evidence<EventDate>(new EventDate(DateStage.Today(document), MonthPrecision, DateSource.ReadDay), lead.TriggerSpans[0], Producer, Thresholds.ReadDay);
    }

    /// <summary>The first day (not a dateline's) the sentence just after the event's last sentence names.</summary>
    private static (TextSpan Span, DateMention Value)? NextSentenceDay(Document document, EventCandidate lead)
    {
        var end = lead.Sentences[^1].End;
        return document.Sentences.FirstOrDefault(x => x.Span.Start >= end) is { } next &&
               document.Dates.FirstOrDefault(d => next.Span.Contains(d.Span) && d.Value is { IsDateline: false, IsSpecificDay: true }) is { } day
            ? (day.Span, day.Value)
            : null;
    }

    /// <summary><paramref name="told"/> when its day is no later than <paramref name="anchor"/> (a statement's or a
    /// dateline's day) and at most the statement lag before it: further back, it is another event's day.</summary>
    private (TextSpan Span, DateMention Value)? ShortlyBefore((TextSpan Span, DateMention Value)? told, DateOnly? anchor) =>
        told?.Value.Date is { } day && anchor is { } a && day <= a && day.AddDays(Thresholds.StatementLagDays) >= a ? told : null;

    /// <summary>
    /// The event's place: its lead sentence's, else another of its sentences', else the paragraph's before it, else the
    /// first just after it. A town beats a region ("North Kivu" is the place only when no sentence names a town); a
    /// dateline city is a fall-back: a place named in one of the event's own sentences wins over
    /// it. A place in a country the report neither names nor has actors of (a world city such as a dateline's capital
    /// abroad) is not the event's when the report is about another country.
    /// </summary>
    private Evidence<Place>? CodePlace(Document document, ReportIndex report, List<EventCandidate> group, EventCandidate lead, CountryContext context, out PlaceEvidence found)
    {
        found = PlaceEvidence.OwnSentence;
        bool Fits((TextSpan Span, PlaceMention Value)? p) => p?.Value.Resolved is { } e && !IsAbroad(context, e);
        bool Named((TextSpan Span, PlaceMention Value)? p) => Fits(p) && !SentenceReader.IsDatelinePlace(document.Text, p!.Value.Span);
        bool Town((TextSpan Span, PlaceMention Value)? p) => Named(p) && !p!.Value.Value.Resolved!.IsAdmin1;
        // A lead told at a settlement the gazetteer lacks ("the village of Tamkoura", also when its sentence names the
        // region around it) is placed by its own paragraph: a town of another paragraph, or one told just after it, is
        // another story's.
        var atSettlement = lead.Place is { Value: { Resolved: null, IsSettlement: true } } ||
                           (!Town(lead.Place) && lead.Sentences.Exists(s => SpanSearch.Within(document.Places, s).Exists(m => IsUnknownSettlement(m.Value))));
        var members = atSettlement ? group.FindAll(c => c.Paragraph == lead.Paragraph) : group;
        var withPlace = (Town(lead.Place) ? lead : null) ?? members.Find(c => Town(c.Place)) ??
                        (Named(lead.Place) ? lead : null) ?? members.Find(c => Named(c.Place)) ??
                        (Fits(lead.Place) ? lead : null) ?? members.Find(c => Fits(c.Place));
        (TextSpan Span, PlaceMention Value)? chosen = withPlace?.Place;
        if (withPlace is not null && chosen is { Value.Resolved: { } small } && IsMinorPlaceElsewhere(context, small) &&
            withPlace.Sentences.SelectMany(s => SpanSearch.Within(document.Places, s))
                .FirstOrDefault(m => m.Value is { Cue: not null, IsNear: false, Resolved: { IsPopulated: true, IsAdmin1: false } home } &&
                                     IsLeading(context, home.CountryIso2) && !SentenceReader.IsDatelinePlace(document.Text, m.Span)) is { } own)
        {
            // "the Basij post (a word also the name of an Afghan hamlet) on a street in Tehran", in a report on Iran: a
            // small place of a country named only in passing loses to a town of the report's own country that the
            // same sentence tells as where something was.
            chosen = (own.Span, own.Value);
        }

        var inherited = false;
        if (!atSettlement && chosen is { Value.Resolved: { IsPopulated: true, FeatureCode: "PPLA" } seat } &&
            TownInside(document, members, seat, Thresholds.InsideGap) is { } inside)
        {
            // "ISIS attack in Kirkuk ... militants attacked Dibis town in Kirkuk": the seat of a region names the region,
            // and a town of the event's sentences told in it is where it happened.
            chosen = inside;
        }

        PlaceMention? villageAfter = null;
        if (!atSettlement && chosen is { Value.Resolved: { } region } && (region.IsAdmin1 || IsSeatNamedLikeItsRegion(region)))
        {
            // "Militants in Balochistan province killed 23 ... The attack happened in Musa Khel", "a drone strike in
            // Belgorod ... the drone hit the village of X": a region, or its seat that goes by the region's name, is
            // where the event was only until the text says more: the town of that region told right after the event's
            // sentence is where it happened, and so is a village the gazetteer lacks told there first.
            var after = lead.Sentences[^1].End;
            var village = document.Places.FirstOrDefault(m => m.Span.Start >= after && m.Span.Start - after < Thresholds.PlaceReach && IsUnknownSettlement(m.Value));
            // A seat's town must be told as where something was ("in Dabnou"), not as where the attackers went.
            var town = report.FirstPlaceAfter(after, Thresholds.PlaceReach, m => m.Resolved!.Id != region.Id && InRegion(m.Resolved, region) &&
                                                                              (region.IsAdmin1 || m is { Cue: not null, IsNear: false }));
            if (village is not null && (town is null || village.Span.Start < town.Value.Span.Start))
            {
                villageAfter = village.Value;
                found = PlaceEvidence.After;
            }
            else if (town is not null)
            {
                chosen = town;
                found = PlaceEvidence.After;
            }
        }

        if (!atSettlement && villageAfter is null && chosen is { Value.Resolved: not null } && TellsAnUnnamedSettlement(document, lead.Sentences[0]) &&
            NamedSettlementOf(document, members, lead.Sentences[0].Start) is { } named)
        {
            // "killed four farmers in a remote village of the Dabnou district ... it happened in the hamlet of Tamkoura":
            // the lead tells the event at a settlement it does not name, and the first settlement the gazetteer lacks
            // named in the event's sentences, or right after one of them, is that one.
            villageAfter = named;
            found = PlaceEvidence.After;
        }

        if (chosen is null)
        {
            var start = lead.Sentences[0].Start;
            var paragraphStart = document.Text.LastIndexOf(ParagraphBreak, Math.Max(0, start - 1), StringComparison.Ordinal);
            found = PlaceEvidence.Paragraph;
            var earlier = report.Places.Between(paragraphStart, start);
            if (!Fits(earlier) && !atSettlement)
            {
                found = PlaceEvidence.After;
                earlier = report.FirstPlaceIn(lead.Sentences, Thresholds.PlaceReach);
            }

            if (Fits(earlier))
            {
                chosen = earlier;
                inherited = true;
            }
        }

        if (chosen is null && context.Main is { } main &&
            ((lead.Place ?? group.Find(g => g.Place?.Value.Resolved is not null)?.Place) is { Value.Resolved: { } far } abroad))
        {
            // The only place told lies abroad: the event is coded at the report's country rather than there.
            found = PlaceEvidence.Country;
            var reason = $"{abroad.Value.Surface} lies in {CountryCatalog.Default.ByIso2(far.CountryIso2)?.Name ?? far.CountryIso2}, which the report does not name: coded at the report's country, {main.Name}";
            return new Evidence<Place>(PlaceIn(main, main.Name, main.Latitude, main.Longitude, RegionPrecision, reason), abroad.Span, Producer, Thresholds.EarlierPlace);
        }

        if (chosen is not { } c || c.Value.Resolved is not { } entry)
        {
            return null;
        }

        var country = CountryCatalog.Default.ByIso2(entry.CountryIso2);
        if (country is null)
        {
            return null;
        }

        var precision = entry.IsAdmin1 ? RegionPrecision : c.Value.IsNear || entry.IsWater ? NearPrecision : PlacePrecision;
        if (SentenceReader.IsDatelinePlace(document.Text, c.Span))
        {
            found = PlaceEvidence.Dateline;
        }

        var place = PlaceAt(country, entry, precision, c.Value.Reason);
        if (villageAfter is not null)
        {
            place = place with
            {
                Name = villageAfter.Surface,
                GeoPrecision = Math.Max(precision, NearPrecision),
                GazetteerId = null,
                Reason = $"'{villageAfter.Surface}' is not in the gazetteer: told right after the event, placed at {entry.Name}, which the event's sentence names",
            };
        }

        return new Evidence<Place>(place, c.Span, Producer, inherited ? Thresholds.EarlierPlace : Thresholds.OwnPlace);
    }

    private static readonly HashSet<string> UnnamedSettlementOpeners = Lexicon.WordLists.Default.Folded(Lexicon.WordList.UnnamedSettlementOpeners);

    private static readonly HashSet<string> SettlementWords = Lexicon.WordLists.Default.Folded(Lexicon.WordList.SettlementWords);

    /// <summary>Whether the sentence tells of a settlement without naming it: an indefinite article, then at most
    /// <see cref="CodingThresholds.UnnamedSettlementGap"/> lower-case words, then a settlement word ("in a remote village", "una aldea").</summary>
    private bool TellsAnUnnamedSettlement(Document document, TextSpan sentence)
    {
        var tokens = document.TokensIn(sentence);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!UnnamedSettlementOpeners.Contains(tokens[i].Folded) || !char.IsLower(tokens[i].Surface[0]))
            {
                continue;
            }

            for (var k = i + 1; k < tokens.Count && k <= i + 1 + Thresholds.UnnamedSettlementGap && char.IsLower(tokens[k].Surface[0]); k++)
            {
                if (SettlementWords.Contains(tokens[k].Folded))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The first settlement the gazetteer lacks named from <paramref name="from"/> on in a sentence of the event,
    /// or within the place reach after one.</summary>
    private PlaceMention? NamedSettlementOf(Document document, List<EventCandidate> members, int from) =>
        document.Places.FirstOrDefault(m => m.Span.Start >= from && IsUnknownSettlement(m.Value) &&
                                            members.Exists(c => c.Sentences.Exists(s => m.Span.Start >= s.Start && m.Span.Start - s.End < Thresholds.PlaceReach)))?.Value;

    /// <summary>The seat of a first-order region that goes by the region's own name (Tahoua in the Tahoua region,
    /// Belgorod in Belgorod Oblast): its name may mean either.</summary>
    private static bool IsSeatNamedLikeItsRegion(GazetteerEntry entry) =>
        entry is { IsPopulated: true, FeatureCode: "PPLA", Admin1: { } admin1 } && RegionNames.Same(admin1, entry.Name);

    /// <summary>
    /// An event told with its own day whose sentences place it only in a country ("in northern Niger": one country
    /// named, not an adjective, not "a Britain-based monitor", and no other country weighing more in the report) or at a place the gazetteer lacks ("the hamlet of X" in a report about Niger): ACLED
    /// codes it to the larger area, here the country at its centre with geo_precision 3, rather than dropping it. So is
    /// a report's main event told only from its context (<see cref="EventCandidate.FromContext"/>) when its sentence
    /// names the tactic (a bombing, riots); a bare "have killed hundreds in northern Niger" is a summary, not an event.
    /// </summary>
    private Evidence<Place>? CountryPlace(Document document, List<EventCandidate> group, EventCandidate lead, CountryContext context)
    {
        if (lead.Date is not { Value: { IsEventDay: true, IsDateline: false } } && lead is not { FromContext: true, IsStrong: true })
        {
            return null;
        }

        bool Names(Mention<CountryMention> m) => !m.Value.IsAdjective && m.Value.Places && m.Value.Countries.Count == 1;
        var named = document.Countries.Where(m => Names(m) && group.Exists(c => c.Sentences.Any(s => s.Contains(m.Span)))).ToList();
        if (named.Count == 0)
        {
            // "Au Mali, la vague d'arrestations se poursuit. Un ancien ministre a été arrêté mardi": a country named by the
            // sentence just before the act's, in its paragraph, is where it happened.
            var at = document.Sentences.IndexOf(document.Sentences.FirstOrDefault(x => x.Span.Start == lead.Sentences[0].Start)!);
            if (at > 0 && document.Sentences[at - 1] is var before && before.Paragraph == document.Sentences[at].Paragraph)
            {
                named = document.Countries.Where(m => Names(m) && before.Span.Contains(m.Span)).ToList();
            }
        }

        Country country;
        TextSpan span;
        string reason;
        if (named.Count > 0 && named.All(m => m.Value.Countries[0].Iso2 == named[0].Value.Countries[0].Iso2) &&
            (IsLeading(context, named[0].Value.Countries[0].Iso2) || named.Exists(m => IsCountryPart(document.Text, m.Span))))
        {
            (country, span) = (named[0].Value.Countries[0], named[0].Span);
            reason = $"only the country is named: coded at {country.Name}";
        }
        else if ((lead.Place ?? group.Find(c => c.Place is not null)?.Place) is { Value.Resolved: null } unresolved && context.Main is { } main)
        {
            (country, span) = (main, unresolved.Span);
            reason = $"{unresolved.Value.Reason}; coded at the report's country, {main.Name}";
        }
        else
        {
            return null;
        }

        return new Evidence<Place>(PlaceIn(country, country.Name, country.Latitude, country.Longitude, RegionPrecision, reason), span, Producer, Thresholds.EarlierPlace);
    }

    private static readonly string[] CountryPartCues =
        [.. Lexicon.WordLists.Default.Phrases(Lexicon.WordList.CountryPartCues).Select(Lexicon.TextNormalizer.Fold)];

    /// <summary>The most characters before a country name that its part cue is looked for in.</summary>
    private const int CountryPartReach = 24;

    /// <summary>Whether a country name is told as the part of it where something happened ("in southern Lebanon", "dans
    /// le sud du Liban", "en el norte de Siria"): the act is placed there even in a report that names another country
    /// more (the one whose forces struck).</summary>
    private static bool IsCountryPart(string text, TextSpan country)
    {
        var before = Lexicon.TextNormalizer.Fold(text[Math.Max(0, country.Start - CountryPartReach)..country.Start]).TrimEnd();
        return Array.Exists(CountryPartCues, cue => before.EndsWith(cue, StringComparison.Ordinal) &&
                                                    (before.Length == cue.Length || !char.IsLetter(before[before.Length - cue.Length - 1])));
    }

    /// <summary>
    /// "the village of Tamkoura, near Dabnou", "le village de Tamkoura, au Niger": a settlement the gazetteer lacks, named
    /// as one (<see cref="PlaceMention.IsSettlement"/>) in the sentence that gives the event its place, is where the event happened. ACLED codes such a
    /// place at the nearest known one: the event keeps the settlement's name at the coordinates of the town, region or
    /// country the sentence ties it to, a town's at geo_precision 2. The place of a ship at sea stays the water's.
    /// </summary>
    private static Evidence<Place> PlaceUnknownSettlement(Document document, List<EventCandidate> group, EventCandidate lead, Evidence<Place> place)
    {
        var host = place.Spans[0];
        if (SpanSearch.Within(document.Places, host).Exists(m => m.Value.Resolved is { IsWater: true }))
        {
            return place;
        }

        var sentence = group.SelectMany(c => c.Sentences).FirstOrDefault(s => s.Contains(host));
        var sentences = sentence.Length > 0 ? [sentence] : lead.Sentences;
        foreach (var s in sentences)
        {
            foreach (var m in SpanSearch.Within(document.Places, s))
            {
                var village = m.Value;
                if (IsUnknownSettlement(village))
                {
                    var precision = Math.Max(place.Value.GeoPrecision, NearPrecision);
                    return place with
                    {
                        Value = place.Value with
                        {
                            Name = village.Surface,
                            GeoPrecision = precision,
                            GazetteerId = null,
                            Reason = $"'{village.Surface}' is not in the gazetteer: placed at {place.Value.Name}, which its sentence names with it",
                        },
                    };
                }
            }
        }

        return place;
    }

    /// <summary>A settlement the gazetteer lacks, named as one ("the village of Tamkoura"). A script without capitals
    /// marks no names: there any word after a cue is taken, so only a capitalised one counts.</summary>
    private static bool IsUnknownSettlement(PlaceMention mention) =>
        mention is { Resolved: null, IsSettlement: true } && char.IsUpper(mention.Surface[0]);

    /// <summary>"a protest in the capital against the president", coded at its country: the capital city of that country
    /// when the event's sentences tell it there without naming it.</summary>
    private Evidence<Place>? AtCapital(Document document, List<EventCandidate> group, Evidence<Place> atCountry)
    {
        var told = group.SelectMany(c => c.Sentences).SelectMany(s => SpanSearch.Within(document.Places, s))
            .FirstOrDefault(m => m.Value is { IsUnnamedCapital: true, Resolved: not null });
        if (told?.Value.Resolved is not { } capital || CountryCatalog.Default.ByIso2(capital.CountryIso2) is not { } country || country.Name != atCountry.Value.Country)
        {
            return null;
        }

        return new Evidence<Place>(PlaceAt(country, capital, PlacePrecision, told.Value.Reason), told.Span, Producer, Thresholds.OwnPlace);
    }

    /// <summary>A town of the event's sentences told as lying in <paramref name="seat"/>, the seat of its region ("Dibis
    /// town in Kirkuk"): another populated place of that region whose next place, a few characters on and introduced by a
    /// cue of being in it, is the seat or its region.</summary>
    private static (TextSpan Span, PlaceMention Value)? TownInside(Document document, List<EventCandidate> members, GazetteerEntry seat, int gap)
    {
        foreach (var s in members.SelectMany(c => c.Sentences))
        {
            var places = SpanSearch.Within(document.Places, s);
            for (var i = 0; i + 1 < places.Count; i++)
            {
                var (town, next) = (places[i], places[i + 1]);
                if (town.Value.Resolved is { IsPopulated: true, IsAdmin1: false } entry && entry.Id != seat.Id && entry.CountryIso2 == seat.CountryIso2 &&
                    entry.Admin1 == seat.Admin1 && next.Value.Resolved is { } container && (container.Id == seat.Id || InRegion(seat, container)) &&
                    next.Value is { Cue: not null, IsNear: false } &&
                    next.Span.Start - town.Span.End <= gap)
                {
                    return (town.Span, town.Value);
                }
            }
        }

        return null;
    }

    /// <summary>The place of a gazetteer entry, with its regions and id.</summary>
    private static Place PlaceAt(Country country, GazetteerEntry entry, int precision, string reason) =>
        PlaceIn(country, entry.Name, entry.Latitude, entry.Longitude, precision, reason) with
        {
            Admin1 = entry.Admin1,
            Admin2 = entry.Admin2,
            GazetteerId = entry.Id,
        };

    private static Place PlaceIn(Country country, string name, double latitude, double longitude, int precision, string reason) => new()
    {
        Name = name,
        Country = country.Name,
        IsoNumeric = country.IsoNumeric,
        Latitude = latitude,
        Longitude = longitude,
        GeoPrecision = precision,
        Reason = reason,
    };

    /// <summary>Whether a populated place lies in the region <paramref name="region"/>.</summary>
    private static bool InRegion(GazetteerEntry place, GazetteerEntry region) =>
        place.IsPopulated && place.CountryIso2 == region.CountryIso2 && place.Admin1 is { } admin1 &&
        RegionNames.Same(admin1, region.Admin1 ?? region.Name);

    /// <summary>Whether a place lies in a country the report does not name and has no actor of, while it names
    /// another country: "ISLAMABAD" heading a report on an attack in the Congo. A report that names no country says
    /// nothing against its places.</summary>
    private static bool IsAbroad(CountryContext context, GazetteerEntry entry) =>
        context.Ranked.Any() && context.Weight(entry.CountryIso2) <= 0;

    /// <summary>Whether a place is a small one (not a large town) in a country that weighs less in the report than
    /// another.</summary>
    private static bool IsMinorPlaceElsewhere(CountryContext context, GazetteerEntry place) =>
        place.IsPopulated && place.Population < PlaceResolver.LargeTownPopulation && !IsLeading(context, place.CountryIso2);

    /// <summary>Whether no country weighs more in the report than <paramref name="iso2"/>.</summary>
    private static bool IsLeading(CountryContext context, string iso2) =>
        context.Ranked.All(r => context.Weight(r.Iso2) <= context.Weight(iso2));

    private List<Evidence<Actor>> ResolveAll(IEnumerable<(TextSpan Span, ActorMention Value)> mentions, DateOnly day, Country? country)
    {
        var result = new List<Evidence<Actor>>();
        // The further spans of each actor, added once at the end: adding them one at a time copies the spans of a
        // much-mentioned actor again for each mention.
        var more = new List<List<TextSpan>?>();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (span, mention) in mentions)
        {
            // Among actors sharing an alias, the one whose period contains the event date wins; named beats generic.
            var entry = mention.Choose(country?.Iso2, day);
            if (entry is null || _actors.Resolve(entry, day, country) is not { } actor)
            {
                continue;
            }

            if (indexOf.TryGetValue(actor.Name, out var existing))
            {
                (more[existing] ??= []).Add(span);
            }
            else
            {
                indexOf[actor.Name] = result.Count;
                result.Add(new Evidence<Actor>(actor, span, Producer, entry.IsGeneric ? Thresholds.GenericActor : Thresholds.NamedActor));
                more.Add(null);
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            if (more[i] is { } spans)
            {
                result[i] = result[i].WithSpans(spans);
            }
        }

        return result;
    }
}
