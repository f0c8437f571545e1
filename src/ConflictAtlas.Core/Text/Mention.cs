namespace ConflictAtlas.Core.Text;

/// <summary>
/// A typed piece of the text found by a mention stage: a date, a number, an actor, a place or a country, with the
/// resolved value (<c>DateMention</c>, <c>NumberMention</c>, ...) and the name of the stage that found it.
/// </summary>
public sealed record Mention<T>(TextSpan Span, T Value, string Producer)
    where T : notnull;
