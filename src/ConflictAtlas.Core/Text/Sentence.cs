namespace ConflictAtlas.Core.Text;

/// <summary>A sentence of <see cref="Document.Text"/>, with the paragraph it belongs to.</summary>
public sealed record Sentence(TextSpan Span, int Paragraph);
