using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// "The opposition leader was detained at his party's office, police officers at the door": in an arrest, the state
/// forces named as its target are the ones who made it, and the party or person named as its agent was detained.
/// </summary>
public sealed class ArrestsAreMadeByTheForces : ICodingRule
{
    public string Name => "arrests-are-made-by-the-forces";

    public string Codebook => "Arrests are coded with the state forces that made them as actor1 and the detained as actor2.";

    public CodedFields Fields => CodedFields.Actor1 | CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass?.SubEventType == SubEventTypes.Arrests && state.Actor2?.Value.Type == ActorType.StateForces &&
            state.Actor1?.Value.Type is not ActorType.StateForces)
        {
            (state.Actor1, state.Actor2) = (state.Actor2, state.Actor1);
        }
    }
}
