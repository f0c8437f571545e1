using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// Who took the place decides the sub-event type of a change of territory.
/// </summary>
public sealed class TerritoryGoesByWhoTookIt : ICodingRule
{
    public string Name => "territory-goes-by-who-took-it";

    public string Codebook => "Territory taken by state forces is \"Government regains territory\"; by any other actor, \"Non-state actor overtakes territory\".";

    public CodedFields Fields => CodedFields.EventClass;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass?.SubEventType is SubEventTypes.GovernmentRegainsTerritory or SubEventTypes.NonStateActorOvertakesTerritory && state.Actor1 is { } taker)
        {
            state.EventClass = state.Class(taker.Value.Type == ActorType.StateForces ? SubEventTypes.GovernmentRegainsTerritory : SubEventTypes.NonStateActorOvertakesTerritory);
        }
    }
}
