using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// The class of the strong triggers of the group that comes first in the taxonomy's hierarchy order.
/// </summary>
public sealed class StrongestTriggerDecidesTheClass : ICodingRule
{
    public string Name => "strongest-trigger-decides-the-class";

    public string Codebook => "When tactics co-occur in one event, the sub-event type earliest in the hierarchy is coded.";

    public CodedFields Fields => CodedFields.EventClass;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Group.Where(c => c.IsStrong).Select(c => c.Class).OrderBy(c => c.Rank).FirstOrDefault() is { } strong)
        {
            state.EventClass = strong;
        }
    }
}
