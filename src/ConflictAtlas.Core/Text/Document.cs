using System.Collections.Immutable;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Mentions;

namespace ConflictAtlas.Core.Text;

/// <summary>
/// One report as it moves through the pipeline. Immutable: each stage returns <c>document with { ... }</c>.
/// Every span in <see cref="Sentences"/>, <see cref="Tokens"/>, the mention lists and <see cref="Events"/> points into
/// <see cref="Text"/>; spans in <see cref="Removed"/> point into <see cref="RawText"/>.
/// </summary>
public sealed record Document
{
    /// <summary>A stable id: a hash of the URL (or path) and the raw text.</summary>
    public required string Id { get; init; }

    /// <summary>The input as read, before cleaning (HTML or plain text).</summary>
    public required string RawText { get; init; }

    /// <summary>The cleaned article text that every span points into.</summary>
    public required string Text { get; init; }

    public required ArticleMetadata Metadata { get; init; }

    /// <summary>Where the raw input was HTML rather than plain text.</summary>
    public bool IsHtml { get; init; }

    public ImmutableArray<RemovedSegment> Removed { get; init; } = [];

    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>The words and numbers of <see cref="Text"/> in order, tokenized once by the segment stage.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    public ImmutableArray<Mention<DateMention>> Dates { get; init; } = [];

    public ImmutableArray<Mention<NumberMention>> Numbers { get; init; } = [];

    public ImmutableArray<Mention<CountryMention>> Countries { get; init; } = [];

    public ImmutableArray<Mention<ActorMention>> Actors { get; init; } = [];

    public ImmutableArray<Mention<PlaceMention>> Places { get; init; } = [];

    /// <summary>What became of each sentence that names an act (made with <see cref="Events"/> by the detect stage):
    /// the event it founded or joined, or why it was dropped. <c>atlas extract --explain</c> prints them.</summary>
    public ImmutableArray<Stages.Detect.SentenceVerdict> Verdicts { get; init; } = [];

    /// <summary>The spans of every mention of every kind, in no particular order.</summary>
    public IEnumerable<TextSpan> MentionSpans =>
        Dates.Select(m => m.Span).Concat(Numbers.Select(m => m.Span)).Concat(Countries.Select(m => m.Span))
            .Concat(Actors.Select(m => m.Span)).Concat(Places.Select(m => m.Span));

    /// <summary>The tokens that lie inside <paramref name="span"/>, found by binary search over <see cref="Tokens"/>.</summary>
    public List<Token> TokensIn(TextSpan span)
    {
        var lo = 0;
        var hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Span.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var result = new List<Token>();
        for (var i = lo; i < Tokens.Length && Tokens[i].Span.End <= span.End; i++)
        {
            result.Add(Tokens[i]);
        }

        return result;
    }

    public ImmutableArray<ConflictEvent> Events { get; init; } = [];

    /// <summary>The text a span covers.</summary>
    public string TextOf(TextSpan span) => span.Of(Text);

    /// <summary>A new document from raw input, with <see cref="Text"/> equal to the raw text until a reading stage cleans it.</summary>
    public static Document Create(string rawText, ArticleMetadata? metadata = null, bool isHtml = false)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        metadata ??= ArticleMetadata.Empty;
        return new Document
        {
            Id = DocumentId.Compute(metadata.Url ?? metadata.Source, rawText),
            RawText = rawText,
            Text = isHtml ? string.Empty : rawText,
            Metadata = metadata,
            IsHtml = isHtml,
        };
    }
}
