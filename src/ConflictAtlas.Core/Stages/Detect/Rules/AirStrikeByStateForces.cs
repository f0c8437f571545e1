using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// Air strikes are mostly flown by the state: when the sentence telling the strike names no one, the country's forces
/// named anywhere in the report (even as the one announcing the strike) are the likeliest actor1. A country the sentence
/// names as the one that struck ("strikes carried out by Pakistan") flew it: its military is actor1.
/// </summary>
public sealed class AirStrikeByStateForces : ICodingRule
{
    public string Name => "air-strike-by-state-forces";

    public string Codebook => "Air and drone strikes are coded to the state forces that fly them when the report does not name another operator.";

    public CodedFields Fields => CodedFields.Actor1 | CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.LeadAgent is null && state.Lead.Class.EventType == EventTypes.ExplosionsRemoteViolence &&
            state.Lead.AgentCountry is { } marked && state.StateForceOf(marked.Value, marked.Span) is { } striker)
        {
            if (state.Actor1 is { } other && other.Value.Name != striker.Value.Name && other.Value.Country != marked.Value.Name)
            {
                state.Actor2 ??= other;
            }

            state.Actor1 = striker;
            return;
        }

        if ((state.Actor1 is null || (state.LeadAgent is null && state.Actor1.Value.Type != ActorType.StateForces)) &&
            state.Group.Any(c => c.Class.SubEventType == SubEventTypes.AirDroneStrike) && state.Country is not null &&
            state.StateForces() is { } airForce)
        {
            state.Actor2 = state.Actor1 ?? state.Actor2;
            state.Actor1 = airForce;
        }
    }
}
