using System.Collections.Immutable;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Pipeline;

/// <summary>An immutable, thread-safe sequence of stages, made by <see cref="PipelineBuilder"/>. Reuse it.</summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IPipelineStage> stages, Annotations produces)
    {
        Stages = stages;
        Produces = produces;
    }

    public ImmutableArray<IPipelineStage> Stages { get; }

    /// <summary>Everything a document carries after the last stage.</summary>
    public Annotations Produces { get; }

    /// <summary>Runs every stage; a failure is wrapped in <see cref="PipelineStageException"/> naming the stage.</summary>
    public Document Run(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                document = stage.Process(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not PipelineStageException)
            {
                throw new PipelineStageException(stage.Name, document.Id, ex);
            }
        }

        return document;
    }
}
