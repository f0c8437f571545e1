using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>A block of article text before cleanup, with its span in the raw input when that is known.</summary>
public sealed record Paragraph(string Text, TextSpan? RawSpan);
