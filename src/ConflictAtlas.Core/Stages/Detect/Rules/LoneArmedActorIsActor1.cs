using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// With no agent named, the one armed actor of a two-sided event stays actor1 in ACLED's data, unless the event's
/// deaths are its own ("eight soldiers were killed in an ambush"): then it was the target, and the side that attacked it
/// is the one the report does not name. So is an actor a sentence of the event names as what the act was aimed at
/// ("a suicide bomber targeted an army post").
/// </summary>
public sealed class LoneArmedActorIsActor1 : ICodingRule
{
    public string Name => "lone-armed-actor-is-actor1";

    public string Codebook => "In battles and remote violence where only one side is named, that side is actor1, unless it is the state force that suffered the deaths or the one the act was aimed at.";

    public CodedFields Fields => CodedFields.Actor1 | CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Actor1 is null && state.Actor2 is { } lone && lone.Value.Type != ActorType.Civilians && !state.Unclaimed &&
            !SufferedTheDeaths(state, lone.Value) && !IsMarkedTarget(state, lone) &&
            state.Group.Any(c => c.Class.EventType is EventTypes.ExplosionsRemoteViolence or EventTypes.Battles))
        {
            state.Actor1 = lone;
            state.Actor2 = CodingState.Pick(state.Patients, exclude: lone.Value.Name);
        }
    }

    /// <summary>A sentence of the event names the actor after a target word ("an attack against the army"): it is
    /// what the act was aimed at, whoever carried it out.</summary>
    private static bool IsMarkedTarget(CodingState state, Evidence<Actor> lone) =>
        state.Group.Any(c => c.Patients.Exists(p => p.Marked && lone.Spans.Contains(p.Span)));

    /// <summary>State forces whose dead the event counts, with no dead counted on an armed opponent's side.</summary>
    private static bool SufferedTheDeaths(CodingState state, Actor lone) =>
        lone.Type == ActorType.StateForces &&
        state.Claims.Any(c => c.VictimGroup == VictimGroups.State) &&
        !state.Claims.Any(c => c.VictimGroup == VictimGroups.Armed);
}
