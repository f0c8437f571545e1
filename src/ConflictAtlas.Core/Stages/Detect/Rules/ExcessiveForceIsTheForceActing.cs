using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// Lethal force against a crowd is the force's act: like violence against civilians, the crowd is actor2. A force only
/// inferred (the event's sentences do not name who fired) leaves the crowd, the side the report shows, as actor1.
/// </summary>
public sealed class ExcessiveForceIsTheForceActing : ICodingRule
{
    public string Name => "excessive-force-is-the-force-acting";

    public string Codebook => "In excessive force against protesters, the state force its sentences name is actor1 and the protesters actor2.";

    public CodedFields Fields => CodedFields.Actor1 | CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass?.SubEventType == SubEventTypes.ExcessiveForceAgainstProtesters &&
            state.Actor1?.Value.Type == ActorType.Protesters && state.Actor2 is { Value.Type: ActorType.StateForces } force &&
            state.Agents.Concat(state.Patients).Any(a => a.Value.Name == force.Value.Name))
        {
            (state.Actor1, state.Actor2) = (state.Actor2, state.Actor1);
        }
    }
}
