using System.Collections.Immutable;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Text;

/// <summary>
/// One report as it moves through the pipeline. Immutable: each stage returns <c>document with { ... }</c>.
/// Every span in <see cref="Sentences"/>, <see cref="Mentions"/> and <see cref="Events"/> points into
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

    public ImmutableArray<Mention> Mentions { get; init; } = [];

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
