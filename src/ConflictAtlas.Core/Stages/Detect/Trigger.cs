namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>
/// A trigger lexicon entry: the sub-event type it signals, whether it names the tactic (strong) or only an act
/// (generic), and whether it overrides ACLED's hierarchy (a defused bomb is not an explosion).
/// </summary>
public sealed record Trigger(string SubEventType, bool IsStrong, bool Overrides = false);
