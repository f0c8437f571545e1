using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// "Soldiers pulled out of Tin-Akoff and JNIM occupied the base": the subject of the lead sentence gave the place up.
/// </summary>
public sealed class YieldingSideIsActor2 : ICodingRule
{
    public string Name => "yielding-side-is-actor2";

    public string Codebook => "In a non-violent transfer of territory, actor1 is the actor taking the place and actor2 the one giving it up.";

    public CodedFields Fields => CodedFields.Actor1 | CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EventClass?.SubEventType == SubEventTypes.NonViolentTransferOfTerritory && state.Lead.Yields && state.Actor2 is { } taker)
        {
            state.Actor2 = state.Actor1;
            state.Actor1 = taker;
        }
    }
}
