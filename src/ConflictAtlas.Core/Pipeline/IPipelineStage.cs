using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Pipeline;

/// <summary>
/// One small, pure step over a <see cref="Document"/>. A stage keeps no state between documents and does I/O
/// only through interfaces given to its constructor.
/// </summary>
public interface IPipelineStage
{
    /// <summary>A short name used in logs, errors and evaluation ("clean", "segment", "detect").</summary>
    string Name { get; }

    /// <summary>What must be on the document before this stage runs.</summary>
    Annotations Requires { get; }

    /// <summary>What this stage adds.</summary>
    Annotations Produces { get; }

    Document Process(Document document, CancellationToken cancellationToken);
}
