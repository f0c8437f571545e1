using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// Someone planted the bomb or fired the shots: an attacker the report does not name is the unidentified armed group
/// of the country, the trigger its evidence (air strikes are left to the state forces rule). So is the unnamed side of a
/// battle whose one named side was attacked ("soldiers were killed in an ambush").
/// </summary>
public sealed class UnnamedAttackerIsUnidentifiedArmedGroup : ICodingRule
{
    public string Name => "unnamed-attacker-is-unidentified-armed-group";

    public string Codebook => "An attacker the sources do not identify is coded \"Unidentified Armed Group (Country)\".";

    public CodedFields Fields => CodedFields.Actor1;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Actor1 is null && state.EventClass is { } eventClass &&
            (eventClass.EventType is EventTypes.ExplosionsRemoteViolence or EventTypes.ViolenceAgainstCivilians ||
             (eventClass.EventType == EventTypes.Battles && state.Actor2 is not null)) &&
            eventClass.SubEventType != SubEventTypes.AirDroneStrike)
        {
            state.Actor1 = state.GenericActor(GenericActors.UnidentifiedArmedGroup, ActorType.PoliticalMilitia, state.TriggerSpans, state.Thresholds.UnidentifiedArmedGroup);
        }
    }
}
