using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>"villagers", "civils": words that only name civilians name the ones the act befell.</summary>
public sealed class VictimNounIsTarget : IRoleRule
{
    public string Name => "victim-noun-is-target";

    public string Codebook => "Civilians are coded as victims (actor2), never as the initiators of violence.";

    public Role? Decide(RoleSentence sentence, RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Value.Aliases.All(c => c.Actor.Type is ActorType.Civilians) ? Role.Patient : null;
    }
}
