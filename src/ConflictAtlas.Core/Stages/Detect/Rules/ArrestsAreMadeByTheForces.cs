using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// "The opposition leader was detained at his party's office, police officers at the door": in an arrest, the state
/// forces named as its target are the ones who made it, and the party or person named as its agent was detained. An
/// arrest whose makers go unnamed was made by the state forces the report names, else the police.
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

        // "Two activists were detained at their homes": an arrest is the state's act even when its sentences do not
        // name who made it: the state forces the report names, else the police.
        if (state.EventClass?.SubEventType == SubEventTypes.Arrests && state.Actor1 is null)
        {
            state.Actor1 = state.InterveningForce();
        }
    }
}
