using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>What became of a sentence (or clause) that names an act.</summary>
public enum VerdictKind
{
    /// <summary>It is the first telling of an event (<see cref="SentenceVerdict.Event"/>).</summary>
    FoundedEvent,

    /// <summary>It tells again, or adds to, an event founded earlier.</summary>
    JoinedEvent,

    /// <summary>It names no act of its own but gives the toll of the event told just before.</summary>
    AddedToll,

    /// <summary>It gave no event (<see cref="SentenceVerdict.Reason"/> says why).</summary>
    Dropped,
}

/// <summary>Why a sentence that names an act gave no event.</summary>
public enum DropReason
{
    None,

    /// <summary>Its only acts are words used figuratively ("a trade war", "as demonstrated by").</summary>
    Figurative,

    /// <summary>It tells of a past year with no day ("in 2012 ...") or under a history cue: background.</summary>
    Historical,

    /// <summary>A habitual cue ("regularly", "often") and no day named.</summary>
    Habitual,

    /// <summary>Its event ended well before the latest event of the report (<see cref="Rules.CodingThresholds.RecalledDays"/>):
    /// an earlier act the report recalls as background, not its news.</summary>
    Recalled,

    /// <summary>A denial ("denied", "no attack took place").</summary>
    Denial,

    /// <summary>A court or legal cue: a trial or a charge, not the act.</summary>
    Legal,

    /// <summary>A retrospective ("five years on").</summary>
    Retrospective,

    /// <summary>A future or hypothetical cue governs every act it names ("threatened to attack").</summary>
    ModalCue,

    /// <summary>A calm cue ("protest passed off peacefully") rules out the only acts it names.</summary>
    Calm,

    /// <summary>Its event names no participant: no actor, no victim, no toll (and it is no demonstration or bombing).</summary>
    NoParticipant,

    /// <summary>An arrest of no one politically significant (no opposition figure, journalist, soldier, named group): crime.</summary>
    NotPolitical,

    /// <summary>Its event has no date the report resolves.</summary>
    NoDate,

    /// <summary>Its event has no place the gazetteer resolves.</summary>
    NoPlace,

    /// <summary>It tells no day or place of its own and no event of the report is compatible with it.</summary>
    NoEventToJoin,

    /// <summary>The main event of a report told only from its context (no sentence with a day or place of its own),
    /// with less evidence than such an event needs.</summary>
    WeakContext,
}

/// <summary>
/// The coder's account of one sentence (or clause) that names an act: the event it became or joined (an index into
/// <see cref="Document.Events"/>), or why it was dropped, with the span of the cue that dropped it.
/// </summary>
public sealed record SentenceVerdict(TextSpan Span, VerdictKind Kind, DropReason Reason = DropReason.None, int? Event = null, TextSpan? Cue = null);
