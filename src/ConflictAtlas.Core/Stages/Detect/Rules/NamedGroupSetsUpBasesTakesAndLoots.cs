using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// "The rebels set up a base": with no actor1, the armed group the report names is the one acting.
/// </summary>
public sealed class NamedGroupSetsUpBasesTakesAndLoots : ICodingRule
{
    public string Name => "named-group-sets-up-bases-takes-and-loots";

    public string Codebook => "The group establishing a base, taking over territory without a fight or looting is actor1.";

    public CodedFields Fields => CodedFields.Actor1;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Actor1 is null && !state.Unclaimed &&
            state.EventClass?.SubEventType is SubEventTypes.HeadquartersOrBaseEstablished or SubEventTypes.NonViolentTransferOfTerritory or SubEventTypes.LootingPropertyDestruction)
        {
            var actor2 = state.Actor2;
            state.Actor1 = state.NamedArmedActors.FirstOrDefault(a => a.Value.Name != actor2?.Value.Name);
        }
    }
}
