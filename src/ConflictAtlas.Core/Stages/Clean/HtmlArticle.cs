using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>What the HTML reader found in a page: the body as paragraphs, metadata, and what it dropped.</summary>
public sealed record HtmlArticle(
    IReadOnlyList<Paragraph> Paragraphs,
    ArticleMetadata Metadata,
    IReadOnlyList<RemovedSegment> Removed);
