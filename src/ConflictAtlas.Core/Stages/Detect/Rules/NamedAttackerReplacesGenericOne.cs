using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// A generic or missing attacker of a violent event is often named elsewhere in the report ("residents blamed JNIM").
/// </summary>
public sealed class NamedAttackerReplacesGenericOne : ICodingRule
{
    public string Name => "named-attacker-replaces-generic-one";

    public string Codebook => "A named actor is coded before a generic one: an attacker the report names elsewhere replaces \"unidentified\" gunmen.";

    public CodedFields Fields => CodedFields.Actor1;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.IsViolent && (state.Actor1 is null || state.IsGenericArmed(state.Actor1)) && !state.Unclaimed)
        {
            var actor2 = state.Actor2;
            state.Actor1 = state.NamedArmedActors.FirstOrDefault(a => a.Value.Name != actor2?.Value.Name && !(actor2?.Value.Type == ActorType.StateForces && a.Value.Type == ActorType.StateForces)) ?? state.Actor1;
        }
    }
}
