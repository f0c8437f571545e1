namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>"An attack by JNIM", "attaqué par des hommes armés": the one named with "by" is the attacker.</summary>
public sealed class MarkedAgent : IRoleRule
{
    public string Name => "marked-agent";

    public string Codebook => "Actor1 is the initiator: in a passive or nominal phrase, the one introduced by \"by\".";

    public Role? Decide(RoleSentence sentence, RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(actor);
        return sentence.IsMarkedAgent(actor.FirstToken) ? Role.MarkedAgent : null;
    }
}
