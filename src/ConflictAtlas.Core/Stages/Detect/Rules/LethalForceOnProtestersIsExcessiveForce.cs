using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// A protest with deaths reported is excessive force against protesters, unless members of the security forces are
/// among the dead: then the demonstrators were not peaceful, and it is a violent demonstration.
/// </summary>
public sealed class LethalForceOnProtestersIsExcessiveForce : ICodingRule
{
    public string Name => "lethal-force-on-protesters-is-excessive-force";

    public string Codebook => "Peaceful protesters met with lethal force is \"Excessive force against protesters\"; deaths among the security forces make it a violent demonstration.";

    public CodedFields Fields => CodedFields.EventClass;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass?.EventType == EventTypes.Protests && state.Group.Any(c => c.Claims.Exists(k => k.Number > 0)))
        {
            state.EventClass = state.Class(state.Claims.Any(k => k.VictimGroup == VictimGroups.State && k.Number > 0)
                ? SubEventTypes.ViolentDemonstration
                : SubEventTypes.ExcessiveForceAgainstProtesters);
        }
    }
}
