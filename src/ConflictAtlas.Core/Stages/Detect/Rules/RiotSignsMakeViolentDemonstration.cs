using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// Demonstrators who turn violent make a riot, whatever the police did. A fight told only as "scuffles" with the
/// forces, where the forces are told dispersing the crowd and the crowd no violence of its own, is the forces'
/// intervention (<see cref="CodingState.CrowdOnlyDispersed"/>).
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
            state.EventClass = !state.CrowdOnlyDispersed ? state.Class(SubEventTypes.ViolentDemonstration)
                : state.EventClass.SubEventType == SubEventTypes.PeacefulProtest ? state.Class(SubEventTypes.ProtestWithIntervention)
                : state.EventClass;
        }
    }
}
