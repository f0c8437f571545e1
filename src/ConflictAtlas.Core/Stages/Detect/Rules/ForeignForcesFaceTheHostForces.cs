using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// "Russian troops captured the village" in Ukraine: a battle that the forces of another state fight in a country, with
/// no other side named in its sentences, is against the forces of that country the report names. Territory they take
/// was held by the host state: its military, named or not.
/// </summary>
public sealed class ForeignForcesFaceTheHostForces : ICodingRule
{
    public string Name => "foreign-forces-face-the-host-forces";

    public string Codebook => "A battle fought by foreign state forces with no other side named is against the forces of the country it is fought in.";

    public CodedFields Fields => CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass?.EventType == EventTypes.Battles && state.Actor2 is null && state.Country is { } country &&
            state.Actor1?.Value is { Type: ActorType.StateForces, Country: { } home } && home != country.Name)
        {
            state.Actor2 = state.StateForces() ??
                           (state.EventClass.SubEventType is SubEventTypes.NonStateActorOvertakesTerritory or SubEventTypes.GovernmentRegainsTerritory
                               ? state.HostMilitary()
                               : null);
        }
    }
}
