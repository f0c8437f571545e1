namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>
/// The ordered list of role-assignment rules. The first rule that answers decides an actor's role, so order
/// matters: speakers first, then marked roles, then what the sentence's shape says (docs/coding-rules.md lists
/// them with their tests).
/// </summary>
public sealed class RoleRules(IEnumerable<IRoleRule> rules) : NamedRules<IRoleRule>(rules)
{
    public static RoleRules Default { get; } = new(
    [
        new SpeakerActsThroughItsOwnMen(),
        new SpeakerIsNoParty(),
        new PossessiveActs(),
        new VictimNounIsTarget(),
        new MarkedAgent(),
        new MarkedTarget(),
        new AttributiveActs(),
        new SuffererIsTarget(),
        new PassiveSubjectIsTarget(),
        new SidesNamedAfterBetween(),
        new SubjectActs(),
    ]);

    /// <summary>The same list without the rule named <paramref name="name"/>.</summary>
    public RoleRules Without(string name) => new(AllBut(name));

    /// <summary>The role the first answering rule gives <paramref name="actor"/>, and that rule; no party when none answers.</summary>
    public (Role Role, IRoleRule? DecidedBy) Decide(RoleSentence sentence, RoleActor actor)
    {
        foreach (var rule in this)
        {
            if (rule.Decide(sentence, actor) is { } role)
            {
                return (role, rule);
            }
        }

        return (Role.NoParty, null);
    }
}
