namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>
/// One rule of role assignment: it gives an actor of the event's sentence a <see cref="Role"/>, or returns null to
/// leave the decision to the rules after it. <see cref="RoleRules.Default"/> asks the rules in order; the first
/// answer wins.
/// </summary>
public interface IRoleRule : INamedRule
{
    Role? Decide(RoleSentence sentence, RoleActor actor);
}
