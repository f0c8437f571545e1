using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// Police or soldiers named in the event's sentences are the other side of a demonstration that is not peaceful. A crowd
/// dispersed or fired on by forces its sentences do not name (protest with intervention, excessive force) faces the
/// state forces the report names, else the police; never its own dead.
/// </summary>
public sealed class StateFacesDemonstrators : ICodingRule
{
    public string Name => "state-faces-demonstrators";

    public string Codebook => "Demonstrations met by the state (protest with intervention, excessive force, violent demonstration) have the police or military as actor2.";

    public CodedFields Fields => CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass is not { } eventClass ||
            !(eventClass.EventType == EventTypes.Protests || eventClass is { EventType: EventTypes.Riots, SubEventType: SubEventTypes.ViolentDemonstration }))
        {
            return;
        }

        var forces = state.Agents.Concat(state.Patients).FirstOrDefault(a => a.Value.Type == ActorType.StateForces);
        if (state.Actor2 is not null && state.Actor2.Value.Type != ActorType.Civilians || eventClass.SubEventType == SubEventTypes.PeacefulProtest)
        {
            return;
        }

        // A crowd dispersed or fired on was met by a force even when its sentence does not name it ("security forces",
        // "gunfire"): the state forces the report names, else the police. A violent demonstration may have met nobody
        // ("rioters burned tyres").
        var metByForce = eventClass.SubEventType is SubEventTypes.ProtestWithIntervention or SubEventTypes.ExcessiveForceAgainstProtesters;
        state.Actor2 = forces ?? (metByForce ? state.InterveningForce() : null) ?? state.Actor2;
    }
}
