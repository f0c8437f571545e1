using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>"..., the army said", "according to the police", "the police in Gao said", "the police and local
/// officials said": the source of a report is no
/// party to its event.</summary>
public sealed class SpeakerIsNoParty : IRoleRule
{
    private static readonly CodingThresholds Thresholds = CodingThresholds.Default;

    public string Name => "speaker-is-no-party";

    public string Codebook => "Sources are not actors: the one who reports an event is coded only when it took part.";

    public Role? Decide(RoleSentence sentence, RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(actor);
        var index = actor.FirstToken;
        return sentence.Attributions.Exists(a =>
        {
            var end = a.FirstToken + a.TokenCount;
            return sentence.IsRightAfter(actor, a) || sentence.IsRightAfterItsPlace(actor, a) || sentence.IsRightAfterAFellowSpeaker(actor, a) ||
                   (index >= end && index - end <= Thresholds.TrailingSpeakerReach && sentence.Text.AsSpan(0, a.Span.Start).TrimEnd().EndsWith(",") && !sentence.IsPrefix(a)) ||
                   (end <= index && index - end <= Thresholds.PrefixSpeakerReach && sentence.IsPrefix(a)) ||
                   (end <= index && index - end <= Thresholds.PrefixStatementReach && sentence.IsPrefix(a) && IsSourceOfAStatement(sentence, actor, a, end));
        })
            ? Role.NoParty
            : null;
    }

    /// <summary>"according to a statement from the army", "según información entregada por la policía": the actor
    /// follows the prefix in the same clause, marked by "from" or "by" (with at most an article between).</summary>
    private static bool IsSourceOfAStatement(RoleSentence sentence, RoleActor actor, PhraseMatch<bool> prefix, int end) =>
        sentence.Text.AsSpan(prefix.Span.End, Math.Max(0, actor.Span.Start - prefix.Span.End)).IndexOfAny(",;:") < 0 &&
        sentence.AgentMarks.Exists(m => m.FirstToken >= end && m.FirstToken + m.TokenCount <= actor.FirstToken && actor.FirstToken - (m.FirstToken + m.TokenCount) <= 1);
}
