using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// Killings make a strategic development (other than an agreement or disrupted weapons use) an attack on unarmed or
/// missing targets, else an armed clash.
/// </summary>
public sealed class KillingsAreNotStrategicDevelopments : ICodingRule
{
    public string Name => "killings-are-not-strategic-developments";

    public string Codebook => "Strategic developments are non-violent: an event with deaths is an attack or an armed clash.";

    public CodedFields Fields => CodedFields.EventClass;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass is { EventType: EventTypes.StrategicDevelopments } eventClass &&
            eventClass.SubEventType is not (SubEventTypes.Agreement or SubEventTypes.DisruptedWeaponsUse) &&
            state.Group.Any(c => c.Claims.Exists(k => k.Number > 0)))
        {
            state.EventClass = state.Actor2 is null || state.Actor2.Value.Type == ActorType.Civilians || !CodingState.IsArmed(state.Actor1?.Value)
                ? state.Class(SubEventTypes.Attack)
                : state.Class(SubEventTypes.ArmedClash);
        }
    }
}
