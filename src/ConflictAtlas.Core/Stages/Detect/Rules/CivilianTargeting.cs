using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// Sets the civilian-targeting flag of the event.
/// </summary>
public sealed class CivilianTargeting : ICodingRule
{
    public string Name => "civilian-targeting";

    public string Codebook => "Civilian targeting marks violence against civilians, excessive force against protesters, and explosions or riots whose actor2 is civilians.";

    public CodedFields Fields => CodedFields.CivilianTargeting;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var eventClass = state.EventClass;
        state.CivilianTargeting = eventClass?.EventType == EventTypes.ViolenceAgainstCivilians ||
                                  (state.Actor2?.Value.Type == ActorType.Civilians && eventClass?.EventType is EventTypes.ExplosionsRemoteViolence or EventTypes.Riots ||
                                   eventClass?.SubEventType == SubEventTypes.ExcessiveForceAgainstProtesters);
    }
}
