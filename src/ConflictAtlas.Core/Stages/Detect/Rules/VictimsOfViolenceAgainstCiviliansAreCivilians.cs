using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// The victims become the civilians named, else "Civilians (Country)" with the fatality claims (or the trigger) as evidence.
/// </summary>
public sealed class VictimsOfViolenceAgainstCiviliansAreCivilians : ICodingRule
{
    public string Name => "victims-of-violence-against-civilians-are-civilians";

    public string Codebook => "In violence against civilians, the civilian victims are always actor2.";

    public CodedFields Fields => CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass?.EventType == EventTypes.ViolenceAgainstCivilians && state.Actor2?.Value.Type != ActorType.Civilians && state.Country is not null)
        {
            state.Actor2 = state.CivilianVictims(state.Claims.Count > 0 ? [.. state.Claims.Select(c => c.Span).Distinct()] : state.TriggerSpans) ?? state.Actor2;
        }
    }
}
