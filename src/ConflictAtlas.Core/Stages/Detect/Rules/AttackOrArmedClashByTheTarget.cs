using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// With no strong trigger, the target decides: an armed actor2 makes an armed clash, anyone else an attack.
/// </summary>
public sealed class AttackOrArmedClashByTheTarget : ICodingRule
{
    public string Name => "attack-or-armed-clash-by-the-target";

    public string Codebook => "Violence against an armed actor is an armed clash; against unarmed people it is an attack on civilians.";

    public CodedFields Fields => CodedFields.EventClass;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass is null)
        {
            state.EventClass = state.Class(CodingState.IsArmed(state.Actor2?.Value) ? SubEventTypes.ArmedClash : SubEventTypes.Attack);
        }
    }
}
