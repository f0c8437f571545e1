namespace ConflictAtlas.Core.Text;

/// <summary>
/// A part of the raw input that the reading stage dropped (a caption, a comment form, a repeated headline),
/// kept so a reviewer can see what was removed and why. <see cref="RawSpan"/> points into the raw input: the
/// paragraph for plain text, the element's outer HTML for HTML when its source position is known, else null.
/// </summary>
public sealed record RemovedSegment(string Kind, string Text, TextSpan? RawSpan);
