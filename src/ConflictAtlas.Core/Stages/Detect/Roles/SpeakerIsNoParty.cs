using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>"..., the army said", "according to the police": the source of a report is no party to its event.</summary>
public sealed class SpeakerIsNoParty : IRoleRule
{
    /// <summary>"..., said the governor": the most words between a speech verb after a comma and the speaker.</summary>
    public const int TrailingSpeakerReach = 2;

    /// <summary>"according to the police": the most words between the prefix and the speaker.</summary>
    public const int PrefixSpeakerReach = 1;

    /// <summary>"according to a statement from the police": the most words between the prefix and the speaker of a
    /// statement, a report or information the prefix names.</summary>
    public const int PrefixStatementReach = 6;

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
            return sentence.IsRightAfter(actor, a) ||
                   (index >= end && index - end <= TrailingSpeakerReach && sentence.Text.AsSpan(0, a.Span.Start).TrimEnd().EndsWith(",") && !sentence.IsPrefix(a)) ||
                   (end <= index && index - end <= PrefixSpeakerReach && sentence.IsPrefix(a)) ||
                   (end <= index && index - end <= PrefixStatementReach && sentence.IsPrefix(a) && IsSourceOfAStatement(sentence, actor, a, end));
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
