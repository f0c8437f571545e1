using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>What one sentence says about one event, before candidates that describe the same event are merged.</summary>
public sealed class EventCandidate
{
    public required EventClass Class { get; set; }

    public required bool IsStrong { get; set; }

    /// <summary>The trigger's subject gives the place up ("soldiers pulled out"): it is the event's actor2.</summary>
    public bool Yields { get; set; }

    public List<TextSpan> TriggerSpans { get; } = [];

    public List<TextSpan> Sentences { get; } = [];

    public int Paragraph { get; init; }

    public (TextSpan Span, DateMention Value)? Date { get; set; }

    /// <summary>The day a statement about the event was made ("the army said on Monday that ..."): the event's day
    /// when the report gives no other.</summary>
    public (TextSpan Span, DateMention Value)? StatementDate { get; set; }

    /// <summary>A date like "the day before", relative to the event it is merged with or follows.</summary>
    public int? DayOffset { get; set; }

    public (TextSpan Span, PlaceMention Value)? Place { get; set; }

    /// <summary>The towns the sentence lists with its place ("attacks on Kelwa, Tessoura and Gbeni"), the place
    /// among them, in text order; empty when the place stands alone.</summary>
    public List<(TextSpan Span, PlaceMention Value)> ListedPlaces { get; } = [];

    /// <summary>For a candidate split from a list of towns, the highest toll the sentence gave for all of them: the
    /// upper end of the range of each town's share.</summary>
    public int SplitHigh { get; private set; }

    /// <summary>For a candidate split from a list of towns, the candidate the list was read into: the towns of one
    /// list are each a location of their own, never merged back however close they lie.</summary>
    public EventCandidate? SplitFrom { get; private set; }

    /// <summary>Actors acting in the sentence, those named with "by" first (<c>Marked</c>).</summary>
    public List<(TextSpan Span, ActorMention Value, bool Marked)> Agents { get; } = [];

    public List<(TextSpan Span, ActorMention Value, bool Marked)> Patients { get; } = [];

    public List<FatalityClaim> Claims { get; } = [];

    /// <summary>The sentence says this is another event ("in a separate attack"), so it is never merged into an earlier one.</summary>
    public bool IsSeparate { get; set; }

    /// <summary>The act itself is named as another one ("a fourth suicide bombing", "une autre attaque"): the separate
    /// cue takes in the trigger, so the sentence founds its own event even without a day or place of its own.</summary>
    public bool NamesAnotherAct { get; set; }

    /// <summary>The sentence shows demonstrators using violence (stones, fires, barricades).</summary>
    public bool RiotSigns { get; set; }

    /// <summary>The sentence names an act of the crowd's own violence (stones, fires, barricades), not only a fight of
    /// both sides ("scuffles") that either may have started.</summary>
    public bool CrowdViolence { get; set; }

    /// <summary>The sentence tells the forces breaking up a crowd (tear gas, dispersal).</summary>
    public bool Dispersal { get; set; }

    /// <summary>A country the sentence names as the one that acted ("strikes conducted by Pakistan"), or null.</summary>
    public (TextSpan Span, Country Value)? AgentCountry { get; set; }

    /// <summary>The sentence names someone whose arrest is a political event (an opposition figure, a journalist, soldiers).</summary>
    public bool NamesPoliticalDetainee { get; set; }

    /// <summary>A candidate with its own date or place can found an event; one without only adds to an event.</summary>
    public bool IsAnchored => !IsSummary && (Date is { Value.IsEventDay: true, Value.IsDateline: false } || Place is { Value.Resolved: not null });

    /// <summary>
    /// The main event of a report none of whose act sentences has a day or place of its own or joins an event: it is
    /// dated and placed from the report's context, down to the country it is about.
    /// </summary>
    public bool FromContext { get; set; }

    /// <summary>
    /// A headline or a quotation: it restates or comments on an event told elsewhere, so it only adds evidence to
    /// that event and founds one only when the report tells no other.
    /// </summary>
    public bool IsSummary { get; set; }

    /// <summary>
    /// How many acts the sentence counts ("two raids", "deux frappes"), 0 when it counts none: it sums up acts the report
    /// may then tell one by one, and joins the first of them when the report codes them all (<see cref="EventDetectionStage"/>).
    /// </summary>
    public int CountedActs { get; set; }

    /// <summary>
    /// ACLED's one event per location: a sentence listing several towns on its own day becomes one candidate per town, this one
    /// the first. A toll told for all of them is split evenly, the remainder going to the towns named first, and
    /// each share's range reaches the whole toll. Returns the candidates added for the other towns.
    /// </summary>
    public List<EventCandidate> SplitByPlace()
    {
        // Simultaneous attacks share a day: a sentence summing up a week "in the Bankass and Koro areas" is no list of
        // events; nor is a generic word with no toll ("curfews against rising attacks, in A, B and C").
        if (ListedPlaces.Count < 2 || Date is not { Value: { IsSpecificDay: true, IsDateline: false } } || (!IsStrong && Claims.Count == 0))
        {
            return [];
        }

        var count = ListedPlaces.Count;
        var claims = Claims.ToList();
        var high = claims.Count > 0 ? claims.Max(c => c.Number) : 0;
        var copies = new List<EventCandidate>();
        for (var i = 0; i < count; i++)
        {
            var target = i == 0 ? this : CopyWithoutClaims();
            target.Place = ListedPlaces[i];
            target.SplitHigh = high;
            target.SplitFrom = this;
            target.Claims.Clear();
            target.Claims.AddRange(claims.Select(c => c with { Number = (c.Number / count) + (i < c.Number % count ? 1 : 0) }));
            if (i > 0)
            {
                copies.Add(target);
            }
        }

        return copies;
    }

    private EventCandidate CopyWithoutClaims()
    {
        var copy = new EventCandidate
        {
            Class = Class,
            IsStrong = IsStrong,
            Yields = Yields,
            Paragraph = Paragraph,
            Date = Date,
            StatementDate = StatementDate,
            DayOffset = DayOffset,
            IsSeparate = IsSeparate,
            NamesAnotherAct = NamesAnotherAct,
            CountedActs = CountedActs,
            RiotSigns = RiotSigns,
            CrowdViolence = CrowdViolence,
            Dispersal = Dispersal,
            AgentCountry = AgentCountry,
            NamesPoliticalDetainee = NamesPoliticalDetainee,
            IsSummary = IsSummary,
        };
        copy.TriggerSpans.AddRange(TriggerSpans);
        copy.Sentences.AddRange(Sentences);
        copy.Agents.AddRange(Agents);
        copy.Patients.AddRange(Patients);
        return copy;
    }
}
