using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// Demonstrators who turn violent make a riot, whatever the police did.
/// </summary>
public sealed class RiotSignsMakeViolentDemonstration : ICodingRule
{
    public string Name => "riot-signs-make-violent-demonstration";

    public string Codebook => "Demonstrators who engage in violence (stones, fires, barricades) make a violent demonstration (Riots).";

    public CodedFields Fields => CodedFields.EventClass;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass?.EventType == EventTypes.Protests && state.Group.Any(c => c.RiotSigns))
        {
            state.EventClass = state.Class(SubEventTypes.ViolentDemonstration);
        }
    }
}
