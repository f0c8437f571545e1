namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>
/// A trigger lexicon entry: the sub-event type it signals, whether it names the tactic (strong) or only an act
/// (generic), whether it overrides ACLED's hierarchy (a defused bomb is not an explosion), and whether its subject
/// is the event's actor2 rather than actor1 (<see cref="Yields"/>: "soldiers pulled out of the town" hands it over),
/// and whether it names a fight of both sides that either may start (<see cref="Mutual"/>: "scuffles").
/// </summary>
public sealed record Trigger(string SubEventType, bool IsStrong, bool Overrides = false, bool Yields = false, bool Mutual = false);
