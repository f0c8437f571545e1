using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Events;

/// <summary>
/// One reported death figure: the number, who reported it (if the text says), where, and whose deaths it counts
/// (<see cref="VictimGroup"/>: "state", "armed", "civilian", "total", or null when the text does not say).
/// <see cref="IsPartisan"/>: a side's claim about its own deeds ("the group claimed the attack, saying it killed nine").
/// </summary>
public sealed record FatalityClaim(int Number, bool IsVague, string? Claimant, TextSpan Span, string? VictimGroup = null, bool IsPartisan = false);
