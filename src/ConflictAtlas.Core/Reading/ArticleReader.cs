using System.Runtime.CompilerServices;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Stages.Clean;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Reading;

/// <summary>
/// Reads many inputs (files, folders, URLs, feeds) through an <see cref="IInputReader"/> and the read stage. One
/// bad input gives an outcome with an error and never stops the rest.
/// </summary>
public sealed class ArticleReader(IInputReader source, ArticleTextStage stage)
{
    public async IAsyncEnumerable<ReadOutcome> ReadAllAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            await foreach (var outcome in source.ReadAsync(input, cancellationToken).ConfigureAwait(false))
            {
                yield return outcome.Article is null
                    ? new ReadOutcome(outcome.Input, null, outcome.Error ?? $"{outcome.Input}: not readable")
                    : Read(outcome.Input, outcome.Article, cancellationToken);
            }
        }
    }

    /// <summary>Runs the read stage on one raw article.</summary>
    public ReadOutcome Read(string input, RawArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        try
        {
            var document = Document.Create(article.Content, article.Hints, article.IsHtml);
            return new ReadOutcome(input, stage.Process(document, cancellationToken), null);
        }
#pragma warning disable CA1031 // One page that breaks the reader is reported and skipped; the batch goes on.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new ReadOutcome(input, null, $"{article.Origin}: could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }
}
