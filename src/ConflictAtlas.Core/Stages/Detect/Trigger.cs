namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>A trigger lexicon entry: the sub-event type it signals and whether it names the tactic (strong) or only an act (generic).</summary>
public sealed record Trigger(string SubEventType, bool IsStrong);
