using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// Homes looted, people arrested, a suspect lynched: the people it was done to are civilians of the country, unless a
/// lynching's victims are named as state or armed. Property destroyed or looted belongs to civilians unless the sentence
/// telling it names whose it was: a force another sentence names (a camp nearby) did not own it.
/// </summary>
public sealed class CiviliansSufferLootingArrestsAndLynching : ICodingRule
{
    public string Name => "civilians-suffer-looting-arrests-and-lynching";

    public string Codebook => "The owners of looted property, the people arrested and the victims of mob violence are civilians (actor2).";

    public CodedFields Fields => CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass?.SubEventType is SubEventTypes.LootingPropertyDestruction or SubEventTypes.Arrests or SubEventTypes.MobViolence && state.Country is not null &&
            (state.Actor2 is null || (state.EventClass.SubEventType == SubEventTypes.LootingPropertyDestruction && state.Actor2.Value.Type != ActorType.Civilians &&
                                      !state.LeadPatients.Any(p => p.Value.Name == state.Actor2.Value.Name)) ||
             (state.EventClass.SubEventType == SubEventTypes.MobViolence && state.Actor2.Value.Type != ActorType.Civilians &&
                                      !state.Claims.Any(c => c.VictimGroup is VictimGroups.State or VictimGroups.Armed))))
        {
            state.Actor2 = state.CivilianVictims(state.TriggerSpans) ?? state.Actor2;
        }
    }
}
