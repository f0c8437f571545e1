namespace ConflictAtlas.Core.Pipeline;

/// <summary>A stage failed on one document; names both so one bad report can be skipped and reported.</summary>
public sealed class PipelineStageException : Exception
{
    public PipelineStageException(string stage, string documentId, Exception inner)
        : base($"stage '{stage}' failed on document {documentId}: {inner?.Message}", inner)
    {
        Stage = stage;
        DocumentId = documentId;
    }

    public string Stage { get; }

    public string DocumentId { get; }
}
