namespace ConflictAtlas.Core.Text;

/// <summary>
/// A typed piece of the text found by a mention stage: a date, a number, an actor, a place or a country.
/// <see cref="Value"/> holds the resolved value (a <c>DateMention</c>, a <c>NumberMention</c>, ...).
/// </summary>
public sealed record Mention(MentionKind Kind, TextSpan Span, object Value, string Producer);
