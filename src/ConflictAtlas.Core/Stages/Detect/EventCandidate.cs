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

    /// <summary>Actors acting in the sentence, those named with "by" first (<c>Marked</c>).</summary>
    public List<(TextSpan Span, ActorMention Value, bool Marked)> Agents { get; } = [];

    public List<(TextSpan Span, ActorMention Value, bool Marked)> Patients { get; } = [];

    public List<FatalityClaim> Claims { get; } = [];

    /// <summary>The sentence says this is another event ("in a separate attack"), so it is never merged into an earlier one.</summary>
    public bool IsSeparate { get; set; }

    /// <summary>The sentence shows demonstrators using violence (stones, fires, barricades).</summary>
    public bool RiotSigns { get; set; }

    /// <summary>The sentence names someone whose arrest is a political event (an opposition figure, a journalist, soldiers).</summary>
    public bool NamesPoliticalDetainee { get; set; }

    /// <summary>A candidate with its own date or place can found an event; one without only adds to an event.</summary>
    public bool IsAnchored => !IsSummary && (Date is { Value.IsEventDay: true, Value.IsDateline: false } || Place is { Value.Resolved: not null });

    /// <summary>
    /// A headline or a quotation: it restates or comments on an event told elsewhere, so it only adds evidence to
    /// that event and founds one only when the report tells no other.
    /// </summary>
    public bool IsSummary { get; set; }
}
