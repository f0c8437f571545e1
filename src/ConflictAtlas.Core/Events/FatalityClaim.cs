using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Events;

/// <summary>
/// One reported death figure: the number, who reported it (if the text says), where, and whose deaths it counts
/// (<see cref="VictimGroup"/>: "state", "armed", "civilian", "total", or null when the text does not say).
/// <see cref="IsPartisan"/>: a side's claim about its own deeds ("the group claimed the attack, saying it killed nine").
/// <see cref="IsPart"/>: some of the dead a figure before it already counts ("thirteen civilians, including seven
/// children"): it tells who died, and adds nothing to the toll. <see cref="IsUpdate"/>: the latest value of a toll
/// ("the death toll stands at eight", "le bilan est passé à onze"): it stands over lower figures told for the event.
/// </summary>
public sealed record FatalityClaim(int Number, bool IsVague, string? Claimant, TextSpan Span, string? VictimGroup = null, bool IsPartisan = false, bool IsPart = false, bool IsUpdate = false);
