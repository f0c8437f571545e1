using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// Victims named with no attacker: a named armed group of the report (the one that claimed the attack, or was blamed
/// for it) is the attacker, unless the report says nobody claimed it.
/// </summary>
public sealed class ClaimingGroupAttacksNamedVictims : ICodingRule
{
    public string Name => "claiming-group-attacks-named-victims";

    public string Codebook => "The group that claimed an attack, or is blamed for it, is its actor1.";

    public CodedFields Fields => CodedFields.Actor1;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Actor1 is null && state.Actor2 is { } victims && state.IsViolent && !state.Unclaimed)
        {
            state.Actor1 = state.NamedArmedActors.FirstOrDefault(a => a.Value.Name != victims.Value.Name);
        }
    }
}
