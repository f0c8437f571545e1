using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// With no strong trigger, an event with demonstrators on either side is a protest with intervention.
/// </summary>
public sealed class ViolenceAgainstProtestersIsProtestWithIntervention : ICodingRule
{
    public string Name => "violence-against-protesters-is-protest-with-intervention";

    public string Codebook => "Force used against demonstrators is coded under Protests (protest with intervention), not as an attack on civilians.";

    public CodedFields Fields => CodedFields.EventClass;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass is null && (state.Actor1?.Value.Type == ActorType.Protesters || state.Actor2?.Value.Type == ActorType.Protesters))
        {
            state.EventClass = state.Class(SubEventTypes.ProtestWithIntervention);
        }
    }
}
