using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>"JNIM's attack on the convoy": the owner of the act is its agent.</summary>
public sealed class PossessiveActs : IRoleRule
{
    /// <summary>The most characters between the possessive and the trigger it owns.</summary>
    private static readonly int Reach = CodingThresholds.Default.PossessiveActReach;

    public string Name => "possessive-acts";

    public string Codebook => "Actor1 is the initiator: the actor whose act the possessive names (\"the army's raid\").";

    public Role? Decide(RoleSentence sentence, RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(actor);
        var text = sentence.Text;
        var trigger = sentence.Trigger.Span;
        return actor.Span.End + 2 <= text.Length && text.AsSpan(actor.Span.End, 2).ToString() is "'s" or "’s" &&
               trigger.Start > actor.Span.End && trigger.Start - actor.Span.End < Reach
            ? Role.Agent
            : null;
    }
}
