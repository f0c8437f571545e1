using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// A battle (or state forces' remote violence) whose target is missing or generic, or a battle whose target is civilian,
/// takes the armed patient, else the named armed group of the report of another kind than actor1; a group's clash with no
/// second side at all, else the army the report names. A battle whose target
/// is a government ("clashes between units loyal to the government") takes the armed patient, else any other named armed
/// group of the report: a government is a political body, not a side that fights.
/// </summary>
public sealed class ArmedOpponentOfABattle : ICodingRule
{
    public string Name => "armed-opponent-of-a-battle";

    public string Codebook => "A battle is between two armed, organised actors: its actor2 is the armed opponent, not a generic or civilian one.";

    public CodedFields Fields => CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsViolent)
        {
            return;
        }

        var actor1 = state.Actor1;
        var clash = state.Group.Any(c => c.Class.EventType == EventTypes.Battles);
        if (clash && state.Actor2 is { } government && state.IsGovernment(government.Value))
        {
            state.Actor2 = ArmedPatient(state, actor1)
                           ?? state.NamedArmedActors.FirstOrDefault(a => a.Value.Name != actor1?.Value.Name)
                           ?? state.Actor2;
            return;
        }

        var battle = clash || (actor1?.Value.Type == ActorType.StateForces && state.Group.Any(c => c.Class.EventType == EventTypes.ExplosionsRemoteViolence));
        // The civilians a strike from afar killed are its target; only a clash is fought between armed sides.
        if (battle && (state.Actor2 is null || state.IsGenericArmed(state.Actor2) || (clash && state.Actor2.Value.Type == ActorType.Civilians)))
        {
            state.Actor2 = ArmedPatient(state, actor1) ?? state.NamedArmedActors.FirstOrDefault(a => a.Value.Name != actor1?.Value.Name && a.Value.Type != actor1?.Value.Type)
                           ?? (clash && state.Actor2 is null && actor1 is { } group && CodingState.IsNonStateArmed(group.Value) ? state.StateForces() : null) ?? state.Actor2;
        }
    }

    /// <summary>The first named armed patient other than actor1 and not a government.</summary>
    private static Evidence<Actor>? ArmedPatient(CodingState state, Evidence<Actor>? actor1) =>
        state.Patients.FirstOrDefault(p => CodingState.IsArmed(p.Value) && p.Value.Name != actor1?.Value.Name && !state.IsGenericArmed(p) && !state.IsGovernment(p.Value));
}
