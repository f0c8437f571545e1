using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// The crowd of a protest or riot is actor1: a crowd already in actor2 moves to actor1, else the generic crowd of the
/// country (the trigger is its evidence) takes actor1 and the actor named before becomes actor2, unless that actor is
/// a crowd too.
/// </summary>
public sealed class CrowdActorOfDemonstrations : ICodingRule
{
    public string Name => "crowd-actor-of-demonstrations";

    public string Codebook => "Demonstrations are coded with the generic \"Protesters (Country)\" or \"Rioters (Country)\" as actor1.";

    public CodedFields Fields => CodedFields.Actor1 | CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var crowd = state.EventClass?.EventType switch
        {
            EventTypes.Protests => ActorType.Protesters,
            EventTypes.Riots => ActorType.Rioters,
            _ => (ActorType?)null,
        };
        if (crowd is null || state.Country is null || state.Actor1?.Value.Type == crowd)
        {
            return;
        }

        var (actor1, actor2) = (state.Actor1, state.Actor2);
        if (actor2?.Value.Type == crowd)
        {
            (state.Actor1, state.Actor2) = (actor2, actor1);
            return;
        }

        if (state.GenericActor(crowd == ActorType.Protesters ? GenericActors.Protesters : GenericActors.Rioters, crowd.Value, state.TriggerSpans, state.Thresholds.CrowdActor) is { } generic)
        {
            // The crowd named under the other kind's name ("demonstrators" of a riot) is the same crowd, not its other side.
            (state.Actor1, state.Actor2) = (generic, new[] { actor1, actor2 }.FirstOrDefault(a => a is not null && !IsCrowd(a.Value.Type)));
        }
    }

    private static bool IsCrowd(ActorType type) => type is ActorType.Protesters or ActorType.Rioters;
}
