using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Detect.Figures;
using ConflictAtlas.Core.Stages.Detect.Roles;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>
/// Reads one sentence: finds its triggers, drops those in future, hypothetical, denied, historical or habitual
/// statements, and collects the date, place, actors (with their roles) and fatality claims it states.
/// </summary>
public sealed partial class SentenceReader(EventLexicon lexicon, Taxonomy taxonomy, RoleRules? roles = null, FigureRules? figures = null, CodingThresholds? thresholds = null)
{
    private readonly int _detaineeReach = (thresholds ?? CodingThresholds.Default).DetaineeReach;
    private readonly int _deathVerbNegationReach = (thresholds ?? CodingThresholds.Default).DeathVerbNegationReach;
    private readonly int _countedActGap = (thresholds ?? CodingThresholds.Default).CountedActGap;
    private readonly int _superlativeReach = (thresholds ?? CodingThresholds.Default).SuperlativeReach;
    private readonly int _coordinatedReach = (thresholds ?? CodingThresholds.Default).FigureCoordinatedReach;
    private readonly int _periodRangeDays = (thresholds ?? CodingThresholds.Default).PeriodRangeDays;
    private readonly double _listedPlacesApartKm = (thresholds ?? CodingThresholds.Default).ListedPlacesApartKm;
    private readonly int _retellingOccurrenceReach = (thresholds ?? CodingThresholds.Default).RetellingOccurrenceReach;
    private readonly int _openingWordLength = (thresholds ?? CodingThresholds.Default).OpeningWordLength;

    private readonly RoleRules _roles = roles ?? RoleRules.Default;
    private readonly FigureRules _figures = figures ?? FigureRules.Default;

    /// <summary>The word lists this reader reads with.</summary>
    public EventLexicon Lexicon => lexicon;

    /// <summary>"eight soldiers killed": the most tokens between a death figure and the group it names.</summary>
    public const int VictimGroupReach = 3;

    /// <summary>A date this many characters or fewer after "statement" (no comma between) is the day of the statement.</summary>
    public const int StatementNounReach = 40;

    /// <summary>A date this many characters or fewer after "said" is the day of the statement.</summary>
    public const int StatementDateReach = 20;

    /// <summary>A day this many characters or fewer after "occurred" or "survenue" is the day of the act.</summary>
    public const int OccurrenceDateReach = 40;

    /// <summary>
    /// Splits a sentence that tells two events: "Aircraft struck the fighters on Wednesday, a day after militants
    /// killed eight villagers" gives the main clause and the earlier one, with the earlier one's offset in days.
    /// </summary>
    public IEnumerable<(ScannedSentence Clause, int? DayOffset)> Clauses(Document document, ScannedSentence scanned)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        ArgumentNullException.ThrowIfNull(scanned);
        var tokens = scanned.Tokens;
        var marker = lexicon.EarlierClauses.Match(tokens)
            .FirstOrDefault(m => m.FirstToken > 0 && text.AsSpan(tokens[m.FirstToken - 1].Span.End, m.Span.Start - tokens[m.FirstToken - 1].Span.End).Contains(','));
        // "..., and the next day supporters set up barricades": a later act, counted from the main clause's day. Only
        // after an act: "The rebels, the same day, took the town" is one act, its subject before the reference.
        marker ??= lexicon.DayReferences.Match(tokens).FirstOrDefault(m => m.FirstToken > 0 && OpensClause(tokens, text, m.FirstToken) &&
                                                                       TriggersOf(scanned).Exists(t => t.FirstToken + t.TokenCount <= m.FirstToken));
        if (marker is null)
        {
            yield return (scanned, null);
            yield break;
        }

        var sentence = scanned.Sentence;
        var mainEnd = tokens[marker.FirstToken - 1].Span.End;
        if (lexicon.Coordinators.Contains(tokens[marker.FirstToken - 1].Folded) && marker.FirstToken > 1)
        {
            mainEnd = tokens[marker.FirstToken - 2].Span.End;
        }

        yield return (Scan(document, sentence with { Span = new TextSpan(sentence.Span.Start, mainEnd) }), null);
        yield return (Scan(document, sentence with { Span = new TextSpan(marker.Span.Start, sentence.Span.End) }), marker.Values[0]);
    }

    /// <summary>A comma, or a comma and a coordinator ("and", "et"), just before the token at <paramref name="first"/>.</summary>
    private bool OpensClause(List<Token> tokens, string text, int first)
    {
        var previous = tokens[first - 1];
        if (text.AsSpan(previous.Span.End, tokens[first].Span.Start - previous.Span.End).Contains(','))
        {
            return true;
        }

        return first > 1 && lexicon.Coordinators.Contains(previous.Folded) &&
               text.AsSpan(tokens[first - 2].Span.End, previous.Span.Start - tokens[first - 2].Span.End).Contains(',');
    }

    /// <summary>The act words of a sentence, matched once for every reading of it (the list is shared: filter into a new one).</summary>
    private List<PhraseMatch<Trigger>> TriggersOf(ScannedSentence scanned) => scanned.Triggers ??= lexicon.Triggers.Match(scanned.Tokens);

    /// <summary>Takes a sentence's tokens from the document and finds its modality cues, once for all the readings of it.</summary>
    public ScannedSentence Scan(Document document, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = document.TokensIn(sentence.Span);
        var cues = lexicon.Modality.Match(tokens);
        var superlatives = lexicon.Superlatives.Match(tokens);
        if (superlatives.Count > 0)
        {
            // "the bloodiest ambush the garrison has suffered in years": the period ranks the act, it is no habit.
            cues.RemoveAll(c => c.Values.All(v => v.Kind == ModalKind.Habitual) &&
                                superlatives.Exists(s => s.FirstToken + s.TokenCount <= c.FirstToken &&
                                                         c.FirstToken - (s.FirstToken + s.TokenCount) <= _superlativeReach));
        }

        return new ScannedSentence(sentence, tokens, cues);
    }

    /// <summary>
    /// The death figures of a sentence that names no act ("A doctor said staff had counted 17 bodies"): they belong
    /// to the event the paragraph is telling. Empty for sentences in the past, future or denied.
    /// </summary>
    public IReadOnlyList<FatalityClaim> ReadToll(Document document, ScannedSentence scanned)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(scanned);
        var text = document.Text;
        var (sentence, tokens, cues) = scanned;
        var inSentence = SentenceMentions.Of(document, sentence.Span);
        if (scanned.HasAnyCue(ModalKind.Denial, ModalKind.Legal, ModalKind.History, ModalKind.Habitual, ModalKind.Retrospective, ModalKind.Future, ModalKind.Hypothetical, ModalKind.Separate) ||
            inSentence.Dates.Count > 0)
        {
            return [];
        }

        var claims = new List<FatalityClaim>();
        ReadClaims(text, tokens, inSentence, claims, cues);
        return claims;
    }

    /// <summary>
    /// The day a sentence that names no act gives the event told just before it ("The incident occurred on Tuesday
    /// afternoon"): a day just after an occurrence word, or null. Null for sentences in the past, future or denied.
    /// </summary>
    public (TextSpan Span, DateMention Value)? ReadOccurrenceDay(Document document, ScannedSentence scanned)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(scanned);
        if (scanned.HasAnyCue(ModalKind.Denial, ModalKind.Legal, ModalKind.History, ModalKind.Habitual, ModalKind.Retrospective, ModalKind.Future, ModalKind.Hypothetical, ModalKind.Separate))
        {
            return null;
        }

        var dates = SentenceMentions.Of(document, scanned.Sentence.Span).Dates.Select(m => (m.Span, m.Value)).ToList();
        var occurred = OccurrenceDays(document.Text, scanned.Tokens, dates);
        return dates.Where(d => occurred.Contains(d.Span) && d.Value.IsEventDay && !d.Value.IsDateline).Select(d => ((TextSpan Span, DateMention Value)?)d).FirstOrDefault();
    }

    /// <summary>
    /// The sentence opens on the act already told and says when or where it happened ("The attack happened on
    /// Saturday in Kidal", "L'attaque a eu lieu samedi"): a determiner, the act, then an occurrence word.
    /// </summary>
    public bool RetellsTheActBefore(ScannedSentence scanned)
    {
        ArgumentNullException.ThrowIfNull(scanned);
        var tokens = scanned.Tokens;
        var first = TriggersOf(scanned).OrderBy(t => t.FirstToken).FirstOrDefault();
        // One word: "the first strike" or "the drone strike" names an act of its own.
        if (first is not { FirstToken: 1, TokenCount: 1 } || !lexicon.RetellingDeterminers.Contains(tokens[0].Folded))
        {
            return false;
        }

        var actEnd = first.FirstToken + first.TokenCount;
        return lexicon.OccurrenceWords.Match(tokens).Any(o => o.FirstToken >= actEnd && o.FirstToken - actEnd <= _retellingOccurrenceReach);
    }

    /// <summary>A one-word act between a determiner or preposition and the noun it describes ("to detained migrants"),
    /// or just after the noun it describes where a participle follows its noun ("a los once soldados asesinados").</summary>
    private bool IsAttributive(List<Token> tokens, PhraseMatch<Trigger> trigger)
    {
        var at = trigger.FirstToken;
        var next = at + trigger.TokenCount;
        return trigger.TokenCount == 1 && at > 0 &&
               ((next < tokens.Count && lexicon.AttributiveParticiples.Contains(tokens[at].Folded) &&
                 lexicon.AttributiveOpeners.Contains(tokens[at - 1].Folded) && char.IsLetterOrDigit(tokens[next].Surface[0])) ||
                (lexicon.PostnominalParticiples.Contains(tokens[at].Folded) && DescribesTheNounBefore(tokens, at)));
    }

    /// <summary>The most words between a determiner and the participle that describes its noun ("los once militares asesinados").</summary>
    private const int PostnominalReach = 2;

    /// <summary>"los soldados asesinados", "os 11 militares sequestrados": a determiner, then the noun (perhaps after a
    /// figure) just before the participle at <paramref name="at"/>, with no auxiliary between them ("fueron asesinados").</summary>
    private bool DescribesTheNounBefore(List<Token> tokens, int at)
    {
        for (var opener = at - 2; opener >= 0 && at - opener - 1 <= PostnominalReach; opener--)
        {
            if (lexicon.PassiveAuxiliaries.Contains(tokens[opener + 1].Folded))
            {
                return false;
            }

            if (lexicon.PostnominalDeterminers.Contains(tokens[opener].Folded))
            {
                return !char.IsDigit(tokens[at - 1].Folded[0]);
            }
        }

        return false;
    }

    /// <summary>The dates of a sentence that come just after an occurrence word ("occurred around 2 p.m. on Tuesday",
    /// "survenue ce vendredi soir"), with no clause break between.</summary>
    private List<TextSpan> OccurrenceDays(string text, List<Token> tokens, List<(TextSpan Span, DateMention Value)> dates) =>
        [.. lexicon.OccurrenceWords.Match(tokens)
            .SelectMany(o => dates.Where(d => d.Span.Start >= o.Span.End && d.Span.Start - o.Span.End <= OccurrenceDateReach && !ModalScope.HasClauseBreak(text, o.Span.End, d.Span.Start))
                                  .Take(1)
                                  .Select(d => d.Span))];

    /// <summary>The most characters between a period opener ("since", "desde") and the day it opens ("desde el lunes").</summary>
    public const int PeriodOpenerReach = 4;

    /// <summary>The dates of a sentence just after a period opener ("since Monday", "منذ الاثنين").</summary>
    private HashSet<TextSpan> PeriodStarts(string text, List<Token> tokens, List<(TextSpan Span, DateMention Value)> dates) =>
        [.. lexicon.PeriodOpeners.Match(tokens)
            .SelectMany(o => dates.Where(d => d.Span.Start >= o.Span.End && d.Span.Start - o.Span.End <= PeriodOpenerReach && !ModalScope.HasClauseBreak(text, o.Span.End, d.Span.Start))
                                  .Take(1)
                                  .Select(d => d.Span))];

    public EventCandidate? Read(Document document, ScannedSentence scanned, int? referenceYear, bool isHeadline = false) =>
        ReadOrDrop(document, scanned, referenceYear, isHeadline).Candidate;

    /// <summary>
    /// Reads a sentence: its candidate, or why a sentence that names an act gave none (with the span of the cue or
    /// date that dropped it). A sentence that names no act gives neither.
    /// </summary>
    public (EventCandidate? Candidate, DropReason Reason, TextSpan? Cue) ReadOrDrop(Document document, ScannedSentence scanned, int? referenceYear, bool isHeadline = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(scanned);
        var text = document.Text;
        var (sentence, tokens, cues) = scanned;
        var triggers = TriggersOf(scanned);
        if (triggers.Count == 0)
        {
            return (null, DropReason.None, null);
        }

        // "A trade war", "as demonstrated by his departure": a conflict word used figuratively names no act.
        var figurative = lexicon.FigurativePhrases.Match(tokens);
        if (figurative.Count > 0 && (triggers = triggers.FindAll(t => !figurative.Exists(f => f.Span.Overlaps(t.Span)))).Count == 0)
        {
            return (null, DropReason.Figurative, figurative[0].Span);
        }

        // "free check-ups for detained migrants", "the kidnapped girl came home": the act word describes a noun and
        // refers to an act told elsewhere (or nowhere); it tells none here.
        var attributive = triggers.Find(t => IsAttributive(tokens, t));
        if (attributive is not null && (triggers = triggers.FindAll(t => !IsAttributive(tokens, t))).Count == 0)
        {
            return (null, DropReason.Figurative, attributive.Span);
        }

        var inSentence = SentenceMentions.Of(document, sentence.Span);
        var dates = inSentence.Dates.Select(m => (m.Span, m.Value)).ToList();
        var hasDay = dates.Exists(d => d.Value.Precision <= 2 && !d.Value.IsDateline);
        if ((Historical(scanned, dates, hasDay, referenceYear) ?? PastPeriod(tokens, dates)) is { } background)
        {
            return (null, DropReason.Historical, background);
        }

        if (!hasDay && CueOf(scanned, ModalKind.Habitual) is { } habitual)
        {
            return (null, DropReason.Habitual, habitual);
        }

        foreach (var (kind, reason) in Dropping)
        {
            if (CueOf(scanned, kind) is { } cue)
            {
                return (null, reason, cue);
            }
        }

        var calm = scanned.HasCue(ModalKind.Calm);
        var calmed = triggers.Where(t => !(calm && t.Values.All(v => v.SubEventType is SubEventTypes.ProtestWithIntervention or SubEventTypes.ViolentDemonstration))).ToList();
        var kept = calmed.Where(t => !cues.Exists(c => ModalScope.Governs(text, c, t.FirstToken, t.Span.Start))).ToList();
        if (kept.Count == 0)
        {
            return calmed.Count == 0
                ? (null, DropReason.Calm, CueOf(scanned, ModalKind.Calm))
                : (null, DropReason.ModalCue, cues.Find(c => calmed.Exists(t => ModalScope.Governs(text, c, t.FirstToken, t.Span.Start)))?.Span);
        }

        // ACLED's hierarchy: when tactics co-occur, the higher-ranked sub-event type wins; strong triggers beat generic ones.
        var best = kept.SelectMany(t => t.Values.Select(v => (Match: t, Trigger: v)))
            .OrderByDescending(x => x.Trigger.Overrides)
            .ThenByDescending(x => x.Trigger.IsStrong)
            .ThenBy(x => taxonomy.BySubType(x.Trigger.SubEventType).Rank)
            .First();
        // "Protesters were arrested as the march began": a protest told with an arrest in its own sentence was met by
        // the state, a protest with intervention (ACLED counts arrests of protesters as intervention).
        var arrested = best.Trigger.SubEventType == SubEventTypes.PeacefulProtest && kept.Exists(t => t.Values.Any(v => v.SubEventType == SubEventTypes.Arrests));
        var candidate = new EventCandidate
        {
            Class = taxonomy.BySubType(arrested ? SubEventTypes.ProtestWithIntervention : best.Trigger.SubEventType),
            IsStrong = best.Trigger.IsStrong,
            Yields = best.Trigger.Yields,
            Paragraph = sentence.Paragraph,
        };
        candidate.TriggerSpans.AddRange(kept.Where(t => t.Values.Any(v => v.IsStrong == best.Trigger.IsStrong)).Select(t => t.Span));
        candidate.Sentences.Add(sentence.Span);
        candidate.IsSeparate = scanned.HasCue(ModalKind.Separate);
        candidate.NamesAnotherAct = cues.Exists(c => c.Values.Any(v => v.Kind == ModalKind.Separate) && kept.Exists(t => t.Span.Overlaps(c.Span)));
        var arrests = kept.Where(t => t.Values.Any(v => v.SubEventType == SubEventTypes.Arrests)).ToList();
        candidate.NamesPoliticalDetainee = lexicon.PoliticalDetainees.Match(tokens)
            .Exists(d => arrests.Exists(a => Math.Abs(d.FirstToken - a.FirstToken) <= _detaineeReach));
        candidate.RiotSigns = triggers.Exists(t => t.Values.Any(v => v.SubEventType == SubEventTypes.ViolentDemonstration));
        candidate.CrowdViolence = triggers.Exists(t => t.Values.Any(v => v.SubEventType == SubEventTypes.ViolentDemonstration && !v.Mutual));
        candidate.Dispersal = triggers.Exists(t => t.Values.Any(v => v.SubEventType == SubEventTypes.ProtestWithIntervention));
        candidate.IsSummary = (isHeadline && sentence.Paragraph == 0) || IsQuoted(text, sentence.Span, best.Match.Span);
        candidate.CountedActs = CountedActs(tokens, inSentence.Numbers, kept);
        var trigger = best.Match;

        // "..., the army said in a statement on Monday": the day of the statement, not of the event. A day after
        // "that" is in what was said ("said that fighters on Thursday attacked").
        var contentClauses = lexicon.ContentClauseMarkers.Match(tokens);
        // A day the sentence opens with, at most a preposition before it ("On December 25,").
        bool OpensSentence(TextSpan date) => text.AsSpan(sentence.Span.Start, date.Start - sentence.Span.Start).Trim().Length <= _openingWordLength;
        bool Opens(TextSpan speech, TextSpan date) => contentClauses.Exists(c => c.Span.Start >= speech.End && c.Span.End <= date.Start);
        var attributions = lexicon.Attribution.Match(tokens);
        var statementDates = attributions
            .Select(a => dates.Where(d => d.Span.Start >= a.Span.End && d.Span.Start - a.Span.End <= StatementDateReach && !Opens(a.Span, d.Span))
                              .Select(d => (TextSpan?)d.Span).FirstOrDefault())
            .OfType<TextSpan>().ToList();
        // "In a statement read on state television on Monday evening, ...": the day the statement was read (not a day in
        // what it says: "in a statement that gunmen on Thursday attacked").
        statementDates.AddRange(lexicon.StatementNouns.Match(tokens)
            .SelectMany(a => dates.Where(d => d.Span.Start >= a.Span.End && d.Span.Start - a.Span.End <= StatementNounReach && !ModalScope.HasClauseBreak(text, a.Span.End, d.Span.Start) && !Opens(a.Span, d.Span) &&
                                              text.AsSpan(a.Span.End, d.Span.Start - a.Span.End).IndexOf(',') < 0)
                                  .Select(d => d.Span)));
        // "On December 25, the ministry reported that gunmen had ...": a day opening the sentence before a speech verb that
        // opens what was said (and comes before the act) is the day of the saying; so is a day told with the speaker,
        // in the speech verb's clause ("a report seen on Wednesday stated that", "police on Monday said that").
        bool WithSpeaker(TextSpan date, TextSpan speech) =>
            text.AsSpan(date.End, speech.Start - date.End).IndexOf(',') < 0 && !ModalScope.HasClauseBreak(text, date.End, speech.Start);
        statementDates.AddRange(attributions
            .Where(a => a.Span.End <= trigger.Span.Start && contentClauses.Exists(c => c.Span.Start >= a.Span.End && c.Span.Start - a.Span.End <= 1))
            .SelectMany(a => dates.Where(d => d.Span.End <= a.Span.Start &&
                                              ((OpensSentence(d.Span) && text.AsSpan(d.Span.End).TrimStart().StartsWith(",")) || WithSpeaker(d.Span, a.Span)))
                                  .Select(d => d.Span)));
        var occurred = OccurrenceDays(text, tokens, dates);
        // "the toll rose to 12 dead since Monday": Monday opens a period, it is not the day of an act.
        var periodStarts = PeriodStarts(text, tokens, dates);
        // "du 27 janvier au 27 mars": the ends of a period of weeks are no days of an act.
        periodStarts.UnionWith(PeriodRange.LongPeriodEnds(text, lexicon.DayRangeJoiners, dates, _periodRangeDays));
        var day = dates.Where(d => d.Value.Precision <= 3 && d.Value.Date is not null && !statementDates.Contains(d.Span) && !periodStarts.Contains(d.Span))
            .OrderBy(d => d.Value.IsDateline)
            .ThenBy(d => !occurred.Contains(d.Span))
            .ThenBy(d => lexicon.LooseDayWords.Contains(TextNormalizer.Fold(d.Span.Of(text))))
            .ThenBy(d => Math.Abs(d.Span.Start - trigger.Span.Start))
            .FirstOrDefault();
        var said = dates.FirstOrDefault(d => d.Value.Precision <= 3 && d.Value.Date is not null && statementDates.Contains(d.Span));
        if (day.Value is not null && said.Value is not null && !occurred.Contains(day.Span) && lexicon.LooseDayWords.Contains(TextNormalizer.Fold(day.Span.Of(text))))
        {
            // "killed in overnight fighting, emergency services said Friday": the night before the statement, not
            // before the publication.
            day = default;
        }

        if (day.Value is not null)
        {
            candidate.Date = day;
            // "after a march put down the day before": a day reference nearer the act than the day the sentence names
            // counts from that day.
            if (!day.Value.IsDateline && lexicon.DayReferences.Match(tokens).FirstOrDefault() is { } shift &&
                Math.Abs(shift.Span.Start - trigger.Span.Start) < Math.Abs(day.Span.Start - trigger.Span.Start))
            {
                candidate.Date = (day.Span, day.Value.Shifted(shift.Values[0]));
            }
        }

        if (said.Value is not null)
        {
            candidate.StatementDate = said;
        }

        if (candidate.Date is null && candidate.StatementDate is null && lexicon.DayReferences.Match(tokens).FirstOrDefault() is { } reference)
        {
            // "the day before", "the same day", "the next day": from the last day named before.
            candidate.DayOffset = reference.Values[0];
        }

        // "Medical sources in El Obeid said ...": where the speaker is, not where the event was.
        // "A bus travelling to Niamey": where it was going, not where the event was.
        var places = inSentence.Places.Where(m => !IsSpeakerPlace(text, m.Span) && !IsDestination(text, m.Span)).Select(m => (m.Span, m.Value)).ToList();
        // "the Rawdah neighbourhood in the city of Taiz": the town, not a namesake of the neighbourhood far away.
        bool PartOfTown((TextSpan Span, PlaceMention Value) p) => p.Value.Cue is { } cue && lexicon.NeighbourhoodCues.Contains(TextNormalizer.Fold(cue));
        bool InTown((TextSpan Span, PlaceMention Value) p) =>
            PartOfTown(p) && places.Exists(o => o.Value.Resolved is { IsPopulated: true, IsAdmin1: false } && !PartOfTown(o));
        var place = places
            .OrderByDescending(p => p.Value.Resolved is not null)
            .ThenBy(InTown)
            .ThenBy(p => IsDatelinePlace(text, p.Span))
            .ThenByDescending(p => p.Value.Resolved?.IsPopulated ?? false)
            .ThenByDescending(p => p.Value.Cue is not null)
            .ThenBy(p => Math.Abs(p.Span.Start - trigger.Span.Start))
            .FirstOrDefault();
        if (place.Value is not null)
        {
            candidate.Place = place;
            candidate.ListedPlaces.AddRange(ListedWith(text, places, place));
        }

        AssignRoles(text, tokens, trigger, inSentence, SpanSearch.Within(document.Countries, sentence.Span), candidate, isHeadline && sentence.Paragraph == 0);
        ReadClaims(text, tokens, inSentence, candidate.Claims, cues);
        return (candidate, DropReason.None, null);
    }

    /// <summary>
    /// "attacks on Kelwa, Tessoura and Gbeni", "à Lagos et à Abuja": the towns listed with the event's place, the list
    /// joined by commas and at least one coordinator, each town its own location (ACLED codes one event per location).
    /// Empty when the place stands alone, is a region or "near" a town ("between X and Y" is one location), when
    /// two listed names are one location (closer than <c>listed-places-apart-km</c>: neighbourhoods of one city are
    /// locations of their own), or when a street word comes right before the list (streets of one town).
    /// </summary>
    private List<(TextSpan Span, PlaceMention Value)> ListedWith(string text, List<(TextSpan Span, PlaceMention Value)> places, (TextSpan Span, PlaceMention Value) chosen)
    {
        var sorted = places.OrderBy(p => p.Span.Start).ToList();
        var at = sorted.FindIndex(p => p.Span == chosen.Span);
        if (at < 0 || !IsTown(chosen.Value))
        {
            return [];
        }

        var (first, last, coordinated) = (at, at, false);
        while (first > 0 && IsTown(sorted[first - 1].Value) && Linked(text, sorted[first - 1].Span, sorted[first].Span) is { } joined)
        {
            (first, coordinated) = (first - 1, coordinated || joined);
        }

        while (last + 1 < sorted.Count && IsTown(sorted[last + 1].Value) && Linked(text, sorted[last].Span, sorted[last + 1].Span) is { } joined)
        {
            (last, coordinated) = (last + 1, coordinated || joined);
        }

        var listed = sorted.GetRange(first, last - first + 1);
        if (text[Math.Max(0, listed[0].Span.Start - StreetWordReach)..listed[0].Span.Start].Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries) is [.., var before] &&
            lexicon.StreetWords.Contains(TextNormalizer.Fold(before)))
        {
            // "les manifestants bloquaient les avenues A et B": streets of one town.
            return [];
        }

        for (var i = 0; i < listed.Count; i++)
        {
            for (var j = i + 1; j < listed.Count; j++)
            {
                var (a, b) = (listed[i].Value.Resolved!, listed[j].Value.Resolved!);
                if (a.Id == b.Id || Geo.GeoMath.DistanceKm(a.Latitude, a.Longitude, b.Latitude, b.Longitude) <= _listedPlacesApartKm)
                {
                    return [];
                }
            }
        }

        // A list the sentence opens with a colon ("in several neighbourhoods: A, B") needs no coordinator.
        var opened = text.AsSpan(0, listed[0].Span.Start).TrimEnd().EndsWith(":", StringComparison.Ordinal);
        return (coordinated || opened) && listed.Count > 1 ? listed : [];

        static bool IsTown(PlaceMention p) => p.Resolved is { IsAdmin1: false } && !p.IsNear;
    }

    /// <summary>How far before a list its street word is looked for, in characters.</summary>
    private const int StreetWordReach = 24;

    /// <summary>The most letters of the word after a coordinator that still joins two listed towns ("and in", "et à").</summary>
    private const int ListCueLetters = 3;

    /// <summary>How two places next to each other are joined: true by a coordinator ("and", "et", ", and in"), false
    /// by a comma alone, null when other words stand between them.</summary>
    private bool? Linked(string text, TextSpan a, TextSpan b)
    {
        var between = PlaceAside.WithoutLeading(text[a.End..b.Start]);
        var words = between.Split([' ', ',', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return between.Contains(',') ? false : null;
        }

        var joins = lexicon.Coordinators.Contains(TextNormalizer.Fold(words[0])) &&
                    (words.Length == 1 || (words.Length == 2 && words[1].Length <= ListCueLetters && words[1].All(char.IsLower)));
        return joins ? true : null;
    }

    /// <summary>The cues that drop a whole sentence, with the reason each gives.</summary>
    private static readonly (ModalKind Kind, DropReason Reason)[] Dropping =
        [(ModalKind.Denial, DropReason.Denial), (ModalKind.Legal, DropReason.Legal), (ModalKind.Retrospective, DropReason.Retrospective)];

    /// <summary>The span of the sentence's first cue of <paramref name="kind"/>, or null.</summary>
    private static TextSpan? CueOf(ScannedSentence scanned, ModalKind kind) =>
        scanned.Cues.Find(c => c.Values.Any(v => v.Kind == kind))?.Span;

    /// <summary>The past year (or history cue) that makes a sentence with no day background, or null.</summary>
    private static TextSpan? Historical(ScannedSentence scanned, List<(TextSpan Span, DateMention Value)> dates, bool hasDay, int? referenceYear)
    {
        if (hasDay)
        {
            return null;
        }

        var pastYear = dates.FirstOrDefault(d => d.Value.Precision >= 3 && d.Value.Date is { } y && (referenceYear is null || y.Year < referenceYear));
        if (pastYear.Value is not null)
        {
            return pastYear.Span;
        }

        return dates.Count > 0 ? CueOf(scanned, ModalKind.History) : null;
    }

    /// <summary>"since the 14th century", "over the centuries": with no day named (a relative "today" does not count: "since the 14th century ... today" spans the centuries), the sentence tells a long past.</summary>
    private TextSpan? PastPeriod(List<Token> tokens, List<(TextSpan Span, DateMention Value)> dates) =>
        dates.Exists(d => d.Value is { Precision: <= 2, IsDateline: false, IsRelative: false })
            ? null
            : lexicon.PastPeriods.Match(tokens).FirstOrDefault()?.Span;

    /// <summary>The most words inside quotation marks that cite a term ("the car was “ambushed”") rather than what
    /// someone said.</summary>
    public const int CitedTermWords = 2;

    /// <summary>Whether the trigger sits inside quotation marks opened earlier in its sentence, around more than a cited
    /// term: a word or two in quotation marks in the writer's own sentence ("foi “emboscada”") tells the act, except in
    /// guillemets, which quote the speaker's own word (« neutralisé »).</summary>
    private static bool IsQuoted(string text, TextSpan sentence, TextSpan trigger)
    {
        var open = 0;
        var opened = -1;
        for (var i = sentence.Start; i < trigger.Start; i++)
        {
            switch (text[i])
            {
                case '“' or '«':
                    open++;
                    opened = i;
                    break;
                case '”' or '»':
                    open = Math.Max(0, open - 1);
                    break;
                case '"':
                    open = open > 0 ? open - 1 : 1;
                    opened = open > 0 ? i : opened;
                    break;
            }
        }

        if (open == 0)
        {
            return false;
        }

        var closed = text.IndexOfAny(['”', '»', '"'], trigger.End, sentence.End - trigger.End);
        // Guillemets quote the speaker's own word even alone (« neutralisé »): only other marks cite a term.
        return closed < 0 || text[opened] == '«' || WordCount(text.AsSpan(opened + 1, closed - opened - 1)) > CitedTermWords;

        static int WordCount(ReadOnlySpan<char> quoted)
        {
            var words = 0;
            for (var i = 0; i < quoted.Length; i++)
            {
                if (char.IsLetterOrDigit(quoted[i]) && (i == 0 || !char.IsLetterOrDigit(quoted[i - 1])))
                {
                    words++;
                }
            }

            return words;
        }
    }

    /// <summary>
    /// "NIAMEY, 22 mars (...) -": the place in capitals opening a paragraph is where the report was filed. So is a name
    /// in mixed case that a colon or a dash follows, after its country if any ("Islamabad: Militants ...", "Tel Aviv,
    /// Israel - ..."), and either kind after a page's numeric date stamp that opens the line ("2024-08-26 Islamabad:").
    /// </summary>
    internal static bool IsDatelinePlace(string text, TextSpan span)
    {
        var lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        if (span.Start > lineStart && !DateStamp().IsMatch(text.AsSpan(lineStart, span.Start - lineStart)))
        {
            return false;
        }

        var surface = span.Of(text);
        if (surface.Count(char.IsLetter) >= 3 && surface.Where(char.IsLetter).All(char.IsUpper))
        {
            return true;
        }

        return DatelineMark().IsMatch(text.AsSpan(span.End, Math.Min(DatelineMarkWindow, text.Length - span.End)));
    }

    /// <summary>The most characters after a dateline name searched for its colon or dash.</summary>
    private const int DatelineMarkWindow = 40;

    /// <summary>A numeric date, with at most a short label before it, then a space: a page's stamp opening the line.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(\p{L}{1,6}\s+)?\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\s+$")]
    private static partial System.Text.RegularExpressions.Regex DateStamp();

    /// <summary>What follows a dateline name: a colon, or a dash between spaces, after at most a capitalised country.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(,\s*\p{Lu}[\p{L}'’.-]*(\s\p{Lu}[\p{L}'’.-]*){0,2})?(:|\s[—–-]{1,2}\s)")]
    private static partial System.Text.RegularExpressions.Regex DatelineMark();

    /// <summary>The most characters before a place searched for a destination link.</summary>
    private const int DestinationWindow = 30;

    /// <summary>"A bus travelling to Niamey", "un car à destination de Dori": the place is a destination.</summary>
    private bool IsDestination(string text, TextSpan place)
    {
        var window = Before(text, place, DestinationWindow);
        foreach (var link in lexicon.DestinationLinks)
        {
            // The links start with a space: a link that opens the text has none before it.
            if (window.EndsWith(link, StringComparison.OrdinalIgnoreCase) || window.Equals(link.AsSpan(1), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text up to <paramref name="width"/> characters before a place, without the spaces next to it.</summary>
    private static ReadOnlySpan<char> Before(string text, TextSpan place, int width)
    {
        var from = Math.Max(0, place.Start - width);
        return text.AsSpan(from, place.Start - from).TrimEnd();
    }

    /// <summary>The most characters before a place searched for a speaker noun and its link word.</summary>
    private const int SpeakerWindow = 24;

    /// <summary>"Medical sources in El Obeid": a place after a speaker noun and its link word is where the speaker is.</summary>
    private bool IsSpeakerPlace(string text, TextSpan place)
    {
        var window = Before(text, place, SpeakerWindow);
        foreach (var link in lexicon.SpeakerPlaceLinks)
        {
            if (!window.EndsWith(link, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = window[..^link.Length].TrimEnd();
            foreach (var noun in lexicon.SpeakerNouns)
            {
                if (before.EndsWith(noun, StringComparison.OrdinalIgnoreCase) && (before.Length == noun.Length || !char.IsLetter(before[^(noun.Length + 1)])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void AssignRoles(string text, List<Token> tokens, PhraseMatch<Trigger> trigger, SentenceMentions inSentence, List<Mention<CountryMention>> countries,
                             EventCandidate candidate, bool headline)
    {
        var sentence = new RoleSentence(lexicon, text, tokens, trigger, inSentence, headline);
        // "air strikes conducted by Pakistan": a country named as the agent is the state whose forces acted.
        candidate.AgentCountry = countries
            .Where(m => m.Value is { IsAdjective: false, Countries.Count: 1 } && !inSentence.Actors.Exists(a => a.Span.Overlaps(m.Span)))
            .Select(m => (m.Span, Country: m.Value.Countries[0], First: tokens.FindIndex(t => t.Span.Start >= m.Span.Start)))
            .Where(m => m.First >= 0 && sentence.IsMarkedCountry(m.First))
            .Select(m => ((TextSpan Span, Country Value)?)(m.Span, m.Country))
            .FirstOrDefault();
        foreach (var actor in inSentence.Actors)
        {
            var first = tokens.FindIndex(t => t.Span.Start >= actor.Span.Start);
            if (first < 0)
            {
                continue;
            }

            var reading = new RoleActor(actor.Span, actor.Value, first, tokens.FindLastIndex(t => t.Span.End <= actor.Span.End));
            switch (_roles.Decide(sentence, reading).Role)
            {
                case Role.MarkedAgent:
                    // "an attack by JNIM": the one named with "by" is the attacker, ahead of the subject that repelled it.
                    candidate.Agents.Insert(candidate.Agents.Count(a => a.Marked), (actor.Span, actor.Value, true));
                    break;
                case Role.Agent:
                    candidate.Agents.Add((actor.Span, actor.Value, false));
                    break;
                case Role.Patient:
                    candidate.Patients.Add((actor.Span, actor.Value, false));
                    break;
                case Role.MarkedPatient:
                    // "an attack against the army": the one named after a target word is the target, ahead of unmarked ones.
                    candidate.Patients.Insert(candidate.Patients.Count(p => p.Marked), (actor.Span, actor.Value, true));
                    break;
            }
        }
    }

    /// <summary>
    /// "Two raids", "deux frappes", "two separate attacks": a count of two or more, up to <see cref="CodingThresholds.CountedActGap"/>
    /// words before an act word in the plural (its last letter an s or an x), counts the acts the sentence sums up. A
    /// count before a verb ("two killed") counts people, not acts. The count, 0 when the sentence counts no acts.
    /// </summary>
    private int CountedActs(List<Token> tokens, List<Mention<NumberMention>> numbers, List<PhraseMatch<Trigger>> triggers) =>
        numbers.Find(n => n.Value is { Value: >= 2, IsVague: false, High: null } &&
                          tokens.FindLastIndex(t => t.Span.End <= n.Span.End) is var last and >= 0 &&
                          triggers.Exists(t => t.FirstToken > last && t.FirstToken - last - 1 <= _countedActGap &&
                                               tokens[t.FirstToken + t.TokenCount - 1].Folded is [.., 's' or 'x']))?.Value.Value ?? 0;

    private void ReadClaims(string text, List<Token> tokens, SentenceMentions inSentence, List<FatalityClaim> claims, List<PhraseMatch<ModalCue>> cues)
    {
        var sentence = new FigureSentence(lexicon, text, tokens, inSentence, cues);
        var claimant = Claimant(text, tokens, inSentence);
        var partisan = cues.Exists(c => c.Values.Any(v => v.Kind == ModalKind.Partisan)) && !cues.Exists(c => c.Values.Any(v => v.Kind == ModalKind.Unclaimed));
        var numbers = inSentence.Numbers;
        var claimed = claims.Count;
        ReadDeathNouns(tokens, numbers, claims, claimant);
        // The figure whose exact claim was added last: a figure joined to it by "and" may add to it.
        Figure? joinable = null;
        for (var n = 0; n < numbers.Count; n++)
        {
            var number = numbers[n];
            var first = tokens.FindIndex(t => t.Span.Start >= number.Span.Start);
            var last = tokens.FindLastIndex(t => t.Span.End <= number.Span.End);
            if (first < 0 || last < first)
            {
                continue;
            }

            var figure = new Figure(number, n, first, last);
            var previous = joinable;
            joinable = null;
            if (_figures.RuledOutBy(sentence, figure) is not null)
            {
                continue;
            }

            var span = figure.DeathAfter is { } after ? number.Span.Union(after.Span) : figure.DeathBefore is { } before ? before.Span.Union(number.Span) : number.Span;
            var group = sentence.VictimGroups.FirstOrDefault(v => v.FirstToken > last && v.FirstToken - last <= VictimGroupReach)?.Values[0];
            var value = number.Value;
            var claim = WithJoinedSingle(sentence, figure, new FatalityClaim(value.Value, value.IsVague, claimant, span, group, partisan, figure.IsPart, figure.IsUpdate));
            if (previous is not null && SharesTheDeathWord(sentence, previous, figure) && JoinedOnOneSide(claims[^1], claim) is { } joined)
            {
                // "Three farmers and two herders were killed": figures sharing one death word on one side add up.
                claims[^1] = joined;
            }
            else
            {
                claims.Add(claim);
            }

            if (value.High is { } high)
            {
                claims.Add(new FatalityClaim(high, value.IsVague, claimant, span, group, partisan, figure.IsPart, figure.IsUpdate));
            }
            else if (!value.IsVague && !figure.IsPart)
            {
                joinable = figure;
            }
        }

        // "Un policía muerto y cuatro heridos": one death told without a figure, beside figures that count no dead.
        if (claims.Count == claimed)
        {
            ReadSingleDeaths(tokens, sentence.DeathAfterNumber, sentence.DeathBeforeNumber, sentence.VictimGroups, claims, claimant);
        }

        // "A local leader who had been threatened was killed": one death told by the verb alone.
        if (claims.Count == claimed)
        {
            ReadSingleDeathVerb(text, tokens, cues, claims, claimant);
        }
    }

    /// <summary>"Three soldiers and a policeman were killed": one person joined by "and" just before the figure's death
    /// word is one more death, of the figure's side when the person is of it too.</summary>
    private FatalityClaim WithJoinedSingle(FigureSentence sentence, Figure figure, FatalityClaim claim)
    {
        if (figure.DeathAfter is not { } death || claim.IsVague || claim.IsPart || figure.Number.Value.High is not null)
        {
            return claim;
        }

        var at = death.FirstToken;
        if (at - 3 <= figure.LastToken || !IsJoinedSingle(sentence.Tokens, at - 3, at - 2) || !lexicon.SinglePersons.Contains(sentence.Tokens[at - 1].Folded))
        {
            return claim;
        }

        var side = sentence.VictimGroups.Find(v => v.FirstToken == at - 1)?.Values[0];
        return claim with { Number = claim.Number + 1, VictimGroup = side == claim.VictimGroup ? side : null };
    }

    /// <summary>Whether two figures joined by "and" are counted by one death word ("five traders and four drivers were
    /// killed", "killed five traders and four drivers").</summary>
    private bool SharesTheDeathWord(FigureSentence sentence, Figure previous, Figure figure) =>
        CoordinatedFigures.IsCoordinated(sentence, previous.Number.Span, figure.Number.Span, _coordinatedReach) &&
        ((previous.DeathAfter is { } after && after.Span == figure.DeathAfter?.Span) ||
         (previous.DeathBefore is { } before && before.Span == figure.DeathBefore?.Span));

    /// <summary>Two exact figures that share one death word ("two gendarmes and three customs officers were killed"), as
    /// one claim: of their side when both count the same one, a total when one of them counts no side ("four people and
    /// two children": 6); null when they count two sides, which add up anyway.</summary>
    private static FatalityClaim? JoinedOnOneSide(FatalityClaim before, FatalityClaim claim)
    {
        if (before.IsVague || claim.IsVague || before.IsPart || claim.IsPart ||
            (VictimGroups.IsSide(before.VictimGroup) && VictimGroups.IsSide(claim.VictimGroup) && before.VictimGroup != claim.VictimGroup))
        {
            return null;
        }

        return before with { Number = before.Number + claim.Number, Span = before.Span.Union(claim.Span), VictimGroup = before.VictimGroup == claim.VictimGroup ? claim.VictimGroup : null };
    }

    /// <summary>"un muerto y más de 100 heridos", "un mort", "قتيل و3 جرحى": a noun that is one death by itself, with or
    /// without other figures.</summary>
    private void ReadDeathNouns(List<Token> tokens, List<Mention<NumberMention>> numbers, List<FatalityClaim> claims, string? claimant)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (lexicon.LoneDeathNouns.Contains(tokens[i].Folded) &&
                !(i > 0 && (lexicon.PersonNegators.Contains(tokens[i - 1].Folded) || numbers.Exists(n => n.Span.Overlaps(tokens[i - 1].Span)))))
            {
                claims.Add(new FatalityClaim(1, false, claimant, tokens[i].Span, null));
                return;
            }

            if (i + 1 == tokens.Count)
            {
                break;
            }

            if (lexicon.SingleArticles.Contains(tokens[i].Folded) && lexicon.SingleDeathNouns.Contains(tokens[i + 1].Folded) &&
                !(i > 0 && lexicon.PersonNegators.Contains(tokens[i - 1].Folded)))
            {
                claims.Add(new FatalityClaim(1, false, claimant, tokens[i].Span.Union(tokens[i + 1].Span), null));
                return;
            }
        }
    }

    /// <summary>"killed a man", "a soldier was killed", "tué un homme": one death, told without a number.</summary>
    private void ReadSingleDeaths(List<Token> tokens, List<PhraseMatch<bool>> after, List<PhraseMatch<bool>> before,
                                  List<PhraseMatch<string>> victimGroups, List<FatalityClaim> claims, string? claimant)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var head = SinglePersonHead(tokens, i);
            if (head < 0 || (i > 0 && lexicon.PersonNegators.Contains(tokens[i - 1].Folded)))
            {
                // "No one was killed": a denial, not a death.
                continue;
            }

            // "a Malian was killed": a nationality standing alone names a person only when the death word follows it.
            var reach = lexicon.SinglePersons.Contains(tokens[head].Folded) ? 2 : 1;
            var cueBefore = before.FirstOrDefault(c => c.FirstToken + c.TokenCount == i);
            var cueAfter = after.FirstOrDefault(c => c.FirstToken > head && c.FirstToken - head <= reach);
            if (cueBefore is null && cueAfter is null)
            {
                continue;
            }

            // "a farmer and a teacher were killed", "killed a farmer and a teacher": each single joined by "and" is one more.
            var first = i;
            var last = head;
            if (cueBefore is not null)
            {
                while (IsJoinedSingle(tokens, last + 1, last + 2))
                {
                    last += 3;
                }
            }
            else
            {
                while (IsJoinedSingle(tokens, first - 1, first - 3))
                {
                    first -= 3;
                }
            }

            var count = 1 + ((last - first - 1) / 3);
            var span = cueBefore is not null ? cueBefore.Span.Union(tokens[last].Span) : tokens[first].Span.Union(cueAfter!.Span);
            // "un soldat a été tué": the side of the one who died, when there is one.
            var group = count == 1 ? victimGroups.Find(v => v.FirstToken > i && v.FirstToken <= head)?.Values[0] : null;
            claims.Add(new FatalityClaim(count, false, claimant, span, group));
            return;
        }
    }


    /// <summary>Whether a coordinator at <paramref name="coordinator"/> joins a single ("a teacher") whose article is at
    /// <paramref name="article"/> to the single next to it.</summary>
    private bool IsJoinedSingle(List<Token> tokens, int coordinator, int article) =>
        coordinator >= 0 && article >= 0 && coordinator < tokens.Count && article + 1 < tokens.Count &&
        lexicon.Coordinators.Contains(tokens[coordinator].Folded) && lexicon.SingleArticles.Contains(tokens[article].Folded) &&
        (lexicon.SinglePersons.Contains(tokens[article + 1].Folded) || lexicon.SingleNationals.Contains(tokens[article + 1].Folded));

    /// <summary>
    /// The noun of one person after the single article at <paramref name="article"/>, or -1: "a soldier", a nationality
    /// standing for a person ("un Malien", "una peruana"), or a nationality before a person noun ("a Malian soldier",
    /// one person whose noun is the head).
    /// </summary>
    private int SinglePersonHead(List<Token> tokens, int article)
    {
        if (article + 1 >= tokens.Count || !lexicon.SingleArticles.Contains(tokens[article].Folded))
        {
            return -1;
        }

        var next = tokens[article + 1].Folded;
        if (lexicon.SinglePersons.Contains(next))
        {
            return article + 1;
        }

        if (!lexicon.SingleNationals.Contains(next))
        {
            return -1;
        }

        return article + 2 < tokens.Count && lexicon.SinglePersons.Contains(tokens[article + 2].Folded) ? article + 2 : article + 1;
    }

    /// <summary>"was killed", "fue asesinado", "a perdu la vie": a verb that tells one death whoever its subject, unless
    /// a word just before it denies it ("nobody was killed") or a modal cue governs it.</summary>
    private void ReadSingleDeathVerb(string text, List<Token> tokens, List<PhraseMatch<ModalCue>> cues, List<FatalityClaim> claims, string? claimant)
    {
        foreach (var verb in lexicon.SingleDeathVerbs.Match(tokens))
        {
            var from = Math.Max(0, verb.FirstToken - _deathVerbNegationReach);
            if (tokens.Skip(from).Take(verb.FirstToken - from).Any(t => lexicon.DeathVerbNegators.Contains(t.Folded)) ||
                cues.Exists(c => ModalScope.Governs(text, c, verb.FirstToken, verb.Span.Start)))
            {
                continue;
            }

            // Told with no figure, it counts as a vague figure does: a figure of the event elsewhere outweighs it.
            claims.Add(new FatalityClaim(1, true, claimant, verb.Span, null));
            return;
        }
    }

    private string? Claimant(string text, List<Token> tokens, SentenceMentions inSentence)
    {
        var marks = lexicon.Attribution.Match(tokens);
        if (marks.Count == 0)
        {
            return null;
        }

        var mark = marks[0];
        var isPrefix = mark.Values.Count > 0 && lexicon.AttributionPrefixes.Contains(TextNormalizer.Fold(mark.Span.Of(text)));
        if (isPrefix)
        {
            var endToken = Math.Min(tokens.Count, mark.FirstToken + mark.TokenCount + 5);
            var start = mark.FirstToken + mark.TokenCount;
            if (start >= tokens.Count)
            {
                return null;
            }

            var end = start;
            while (end + 1 < endToken && !text.AsSpan(tokens[end].Span.End, tokens[end + 1].Span.Start - tokens[end].Span.End).ContainsAny(",.;"))
            {
                end++;
            }

            return text[tokens[start].Span.Start..tokens[end].Span.End];
        }

        var actor = inSentence.Actors.Where(m => m.Span.End <= mark.Span.Start).OrderByDescending(m => m.Span.End).FirstOrDefault();
        if (actor is not null && mark.Span.Start - actor.Span.End < 30)
        {
            return actor.Span.Of(text);
        }

        // "..., residents said": the words just before the verb, back to a comma.
        var k = mark.FirstToken - 1;
        var stop = Math.Max(0, mark.FirstToken - 4);
        var from = k;
        while (from > stop && !text.AsSpan(tokens[from - 1].Span.End, tokens[from].Span.Start - tokens[from - 1].Span.End).ContainsAny(",.;\"”"))
        {
            from--;
        }

        return k >= 0 && from <= k ? text[tokens[from].Span.Start..tokens[k].Span.End] : null;
    }
}
