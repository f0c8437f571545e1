using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Lexicon;

/// <summary>A lexicon phrase found in text: the token range it covers and the values filed under it.</summary>
public sealed record PhraseMatch<T>(int FirstToken, int TokenCount, TextSpan Span, IReadOnlyList<T> Values);
