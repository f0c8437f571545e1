namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>"gunmen targeted a checkpoint of the army", "une attaque contre l'armée", "un ataque contra la policía",
/// "هجوم على دورية للشرطة": the one named shortly after a target word is what the act was aimed at, even when the
/// report names no attacker.</summary>
public sealed class MarkedTarget : IRoleRule
{
    public string Name => "marked-target";

    public string Codebook => "Actor2 is the target: the one a target word names (\"targeted\", \"an attack against\").";

    public Role? Decide(RoleSentence sentence, RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(actor);
        return sentence.IsMarkedTarget(actor) ? Role.MarkedPatient : null;
    }
}
