using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// With no agent named, the one armed actor of a two-sided event stays actor1 in ACLED's data.
/// </summary>
public sealed class LoneArmedActorIsActor1 : ICodingRule
{
    public string Name => "lone-armed-actor-is-actor1";

    public string Codebook => "In battles and remote violence where only one side is named, that side is actor1.";

    public CodedFields Fields => CodedFields.Actor1 | CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Actor1 is null && state.Actor2 is { } lone && lone.Value.Type != ActorType.Civilians && !state.Unclaimed &&
            state.Group.Any(c => c.Class.EventType is EventTypes.ExplosionsRemoteViolence or EventTypes.Battles))
        {
            state.Actor1 = lone;
            state.Actor2 = CodingState.Pick(state.Patients, exclude: lone.Value.Name);
        }
    }
}
