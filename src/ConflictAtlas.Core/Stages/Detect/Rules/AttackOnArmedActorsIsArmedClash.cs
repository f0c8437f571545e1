using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// An "Attack" between two armed actors is a battle in ACLED's terms.
/// </summary>
public sealed class AttackOnArmedActorsIsArmedClash : ICodingRule
{
    public string Name => "attack-on-armed-actors-is-armed-clash";

    public string Codebook => "An attack by one armed, organised group on another is an armed clash (Battles), not violence against civilians.";

    public CodedFields Fields => CodedFields.EventClass;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass?.SubEventType == SubEventTypes.Attack && CodingState.IsArmed(state.Actor1?.Value) && CodingState.IsArmed(state.Actor2?.Value))
        {
            state.EventClass = state.Class(SubEventTypes.ArmedClash);
        }
    }
}
