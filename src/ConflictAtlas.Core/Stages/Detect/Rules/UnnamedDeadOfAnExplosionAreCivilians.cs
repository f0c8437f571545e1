using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// "A drone strike killed one person in the town": the dead of an explosion or a strike that the report does not say
/// were soldiers or fighters are the civilians of the event's country, its actor2. Dead counted among the state forces
/// or an armed group leave the target to the other rules.
/// </summary>
public sealed class UnnamedDeadOfAnExplosionAreCivilians : ICodingRule
{
    public string Name => "unnamed-dead-of-an-explosion-are-civilians";

    public string Codebook => "Explosions and remote violence that kill people the sources do not identify as armed have civilians as actor2.";

    public CodedFields Fields => CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var dead = state.Claims.Where(c => c.Number > 0).ToList();
        if (state.EventClass?.EventType == EventTypes.ExplosionsRemoteViolence && state.Actor2 is null && dead.Count > 0 &&
            !dead.Exists(c => c.VictimGroup is VictimGroups.State or VictimGroups.Armed))
        {
            state.Actor2 = state.CivilianVictims([.. dead.Select(c => c.Span).Distinct()]);
        }
    }
}
