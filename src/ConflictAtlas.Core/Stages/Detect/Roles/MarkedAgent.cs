using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>"An attack by JNIM", "attaqué par des hommes armés": the one named with "by" is the attacker.</summary>
public sealed class MarkedAgent : IRoleRule
{
    /// <summary>"by hundreds of jihadists": the words allowed between "by" and the actor it marks.</summary>
    private static readonly int Reach = CodingThresholds.Default.MarkedAgentReach;

    public string Name => "marked-agent";

    public string Codebook => "Actor1 is the initiator: in a passive or nominal phrase, the one introduced by \"by\".";

    public Role? Decide(RoleSentence sentence, RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(actor);
        var tokens = sentence.Tokens;
        return sentence.AgentMarks.Exists(m => m.FirstToken + m.TokenCount <= actor.FirstToken && actor.FirstToken - (m.FirstToken + m.TokenCount) <= Reach &&
                                              !(m.FirstToken > 0 && sentence.Lexicon.NotAgentiveBy.Contains(tokens[m.FirstToken - 1].Folded)))
            ? Role.MarkedAgent
            : null;
    }
}
