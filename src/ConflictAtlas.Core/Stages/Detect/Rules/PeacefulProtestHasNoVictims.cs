using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// "Hundreds of people marched": a peaceful protest targets no one. The people it names are its crowd, not a second
/// side; only a counter-actor (the state, an armed group, counter-demonstrators) is its actor2.
/// </summary>
public sealed class PeacefulProtestHasNoVictims : ICodingRule
{
    public string Name => "peaceful-protest-has-no-victims";

    public string Codebook => "Peaceful protests have no actor2 unless a counter-actor is involved; civilians are never its target.";

    public CodedFields Fields => CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass?.SubEventType == SubEventTypes.PeacefulProtest && state.Actor2?.Value.Type == ActorType.Civilians)
        {
            state.Actor2 = null;
        }
    }
}
