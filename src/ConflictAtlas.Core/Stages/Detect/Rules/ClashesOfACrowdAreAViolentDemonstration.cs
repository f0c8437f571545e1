using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// "Clashes broke out in the capital" in a report of demonstrations (one that names demonstrators or rioters, or shows
/// a crowd's violence: barricades, burning tyres): with no armed, organised group on either side and no armed dead, the
/// clashes are the demonstrators' fight with the state (a violent demonstration), not a battle.
/// The state forces met are the event's other side: those its sentences name, else those the report names, else the
/// police. Only clashes told with their own day, by any of the event's sentences ("in the town clashes resumed ... there they left
/// three dead on Monday"; a weekday the page pins only to a month counts): an undated headline ("clashes between students and police") sums up
/// the event its report tells next, which the other rules code.
/// An undated headline whose clashes would set a country's police against its own army ("marchers killed in clashes with
/// police and soldiers") is the crowd's fight all the same.
/// </summary>
public sealed class ClashesOfACrowdAreAViolentDemonstration : ICodingRule
{
    public string Name => "clashes-of-a-crowd-are-a-violent-demonstration";

    public string Codebook => "A battle is between two armed, organised groups: clashes between demonstrators and the state are a violent demonstration (Riots).";

    public CodedFields Fields => CodedFields.EventClass | CodedFields.Actor1 | CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        // A country's police and army are not each other's enemy: clashes that would set them against one another are
        // the crowd's fight with both, even when only an undated headline tells them.
        var stateAgainstItself = state.Actor1 is { Value.Type: ActorType.StateForces } one && state.Actor2 is { Value.Type: ActorType.StateForces } other &&
                                 one.Value.Country == other.Value.Country;
        if (state.EventClass?.SubEventType != SubEventTypes.ArmedClash ||
            !(stateAgainstItself || state.Group.Any(c => c.Date is { Value: { Date: not null, IsDateline: false } })) ||
            state.Agents.Concat(state.Patients).Any(a => a.Value.Type is not (ActorType.StateForces or ActorType.Protesters or ActorType.Rioters or ActorType.Civilians)) ||
            state.Claims.Any(c => c.VictimGroup == VictimGroups.Armed) ||
            !state.ReportTellsOfCrowds)
        {
            return;
        }

        // Clashes that left no dead, where the forces are told dispersing the crowd and the crowd no violence of its
        // own: the forces' intervention in a protest.
        var dispersed = state.CrowdOnlyDispersed && !state.Claims.Any(c => c.Number > 0);
        state.EventClass = state.Class(dispersed ? SubEventTypes.ProtestWithIntervention : SubEventTypes.ViolentDemonstration);
        state.Actor1 = null;
        state.Actor2 = state.Agents.Concat(state.Patients).FirstOrDefault(a => a.Value.Type == ActorType.StateForces) ?? state.InterveningForce();
    }
}
