using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Events;

/// <summary>One reported death figure: the number, who reported it (if the text says), and where.</summary>
public sealed record FatalityClaim(int Number, bool IsVague, string? Claimant, TextSpan Span);
