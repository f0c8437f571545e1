using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// Who took the place decides the sub-event type of a change of territory.
/// </summary>
public sealed class TerritoryGoesByWhoTookIt : ICodingRule
{
    public string Name => "territory-goes-by-who-took-it";

    public string Codebook => "Territory taken by the state's own forces is \"Government regains territory\"; by any other actor, a foreign state's forces included, \"Non-state actor overtakes territory\".";

    public CodedFields Fields => CodedFields.EventClass;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass?.SubEventType is SubEventTypes.GovernmentRegainsTerritory or SubEventTypes.NonStateActorOvertakesTerritory && state.Actor1 is { } taker)
        {
            // The forces of another state taking a place are no government regaining its own territory (ACLED codes a
            // foreign state's capture as a non-state actor overtaking it).
            var home = taker.Value is { Type: ActorType.StateForces } forces && (state.Country is null || forces.Country is null || forces.Country == state.Country.Name);
            state.EventClass = state.Class(home ? SubEventTypes.GovernmentRegainsTerritory : SubEventTypes.NonStateActorOvertakesTerritory);
        }
    }
}
