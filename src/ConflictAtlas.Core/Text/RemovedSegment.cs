namespace ConflictAtlas.Core.Text;

/// <summary>
/// A part of the raw input that the reading stage dropped (a caption, a comment form, a repeated headline),
/// kept so a reviewer can see what was removed and why. <see cref="RawSpan"/> points into the raw input where the input was plain text; it is null for HTML input.
/// </summary>
public sealed record RemovedSegment(string Kind, string Text, TextSpan? RawSpan);
