using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Storage.Ingestion;

/// <summary>
/// Reads and codes reports on every core and stores them through a single writer: coders push finished documents
/// into a bounded channel, the writer stores what is ready in one transaction per batch. A bad report is counted and
/// skipped.
/// </summary>
public sealed class IngestionService(Pipeline pipeline, ArticleSources sources, IEventStore store)
{
    /// <summary>Coded documents waiting for the writer, per coder: enough to keep the writer busy, small enough
    /// that memory stays flat on large batches.</summary>
    private const int QueuedPerCoder = 4;

    public int Coders { get; init; } = Environment.ProcessorCount;

    /// <summary>Longest a report may take to read and code; past it the report is reported and skipped (nothing is
    /// stored) and its coding stops at the next stage boundary. Null: no limit.</summary>
    public TimeSpan? DocumentBudget { get; init; }

    /// <summary>Most documents the writer stores in one transaction (what the coders have finished when it looks,
    /// up to this many). 1 gives one transaction per report.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    public const int DefaultBatchSize = 64;

    public async Task<IngestSummary> RunAsync(IReadOnlyList<IngestItem> items, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var coders = Math.Max(1, Coders);
        var channel = Channel.CreateBounded<Outcome>(new BoundedChannelOptions(coders * QueuedPerCoder) { SingleReader = true });
        var next = -1;
        var coding = Enumerable.Range(0, coders).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < items.Count)
            {
                var outcome = await CodeAsync(items[index], cancellationToken).ConfigureAwait(false);
                await channel.Writer.WriteAsync(outcome, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken)).ToList();
        var closing = Task.WhenAll(coding).ContinueWith(t => channel.Writer.TryComplete(t.Exception), TaskScheduler.Default);

        int added = 0, versions = 0, unchanged = 0, failed = 0, atoms = 0, merged = 0, done = 0;
        var errors = new List<string>();
        var languages = new Dictionary<string, int>(StringComparer.Ordinal);
        var batch = new List<Outcome>(Math.Max(1, BatchSize));
        while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // What the coders have finished by now is written in one transaction: a batch waits for nothing.
            batch.Clear();
            while (batch.Count < Math.Max(1, BatchSize) && channel.Reader.TryRead(out var ready))
            {
                batch.Add(ready);
            }

            var results = await SaveBatchAsync([.. batch.Where(o => o.Error is null && o.Document is not null).Select(o => o.Document!)], cancellationToken).ConfigureAwait(false);
            var slot = 0;
            foreach (var outcome in batch)
            {
                string status;
                string? error = null;
                if (outcome.Error is not null)
                {
                    failed++;
                    error = outcome.Error;
                    status = "failed: " + error;
                }
                else if (outcome.Document is null)
                {
                    unchanged++;
                    status = "unchanged";
                }
                else
                {
                    var language = outcome.Document.Language ?? string.Empty;
                    languages[language] = languages.GetValueOrDefault(language) + 1;
                    var result = results[slot++];
                    if (result.Error is not null)
                    {
                        failed++;
                        error = result.Error;
                        status = "failed: " + error;
                    }
                    else
                    {
                        var saved = result.Saved!;
                        switch (saved.Outcome)
                        {
                            case SaveOutcome.Added: added++; break;
                            case SaveOutcome.NewVersion: versions++; break;
                            default: unchanged++; break;
                        }

                        atoms += saved.Atoms;
                        merged += saved.Merged;
                        status = saved.Outcome switch
                        {
                            SaveOutcome.Duplicate => "unchanged",
                            SaveOutcome.NewVersion => $"version {saved.Version}: {saved.Atoms} event(s), {saved.Merged} merged",
                            _ => $"{saved.Atoms} event(s), {saved.Merged} merged",
                        };
                        if (Core.Lexicon.Languages.IsUnread(outcome.Document.Language))
                        {
                            status += $" (language '{outcome.Document.Language}' is not read)";
                        }
                    }
                }

                if (error is not null)
                {
                    errors.Add(error);
                }

                progress?.Report(new IngestProgress(++done, items.Count, outcome.Item.Uri, status) { Error = error });
            }
        }

        await closing.ConfigureAwait(false);
        return new IngestSummary(added, versions, unchanged, failed, atoms, merged, errors) { Languages = languages };
    }

    /// <summary>Reads, codes and stores one report (the same steps as <see cref="RunAsync"/>); a report already in
    /// the store comes back as a duplicate with its document id. The error is a message for the user.</summary>
    public async Task<(SaveResult? Saved, string? Error)> IngestOneAsync(IngestItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var outcome = await CodeAsync(item, cancellationToken, skipKnown: false).ConfigureAwait(false);
        return outcome.Error is not null || outcome.Document is null
            ? (null, outcome.Error ?? $"{item.Uri}: nothing to store")
            : await SaveAsync(outcome.Document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads and codes one report; null document when the store already holds these bytes.</summary>
    private async Task<Outcome> CodeAsync(IngestItem item, CancellationToken cancellationToken, bool skipKnown = true)
    {
        try
        {
            DateTimeOffset? published = null;
            if (item.Published is not null)
            {
                if (!DateOnly.TryParseExact(item.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    return new Outcome(item, null, $"{item.Uri}: published must be YYYY-MM-DD, not '{item.Published}'");
                }

                published = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }

            var fetched = await sources.For(item.Uri).ReadAsync(item.Uri, cancellationToken).ConfigureAwait(false);
            if (skipKnown && await store.HasDocumentAsync(fetched.Sha256, cancellationToken).ConfigureAwait(false))
            {
                return new Outcome(item, null, null);
            }

            // What the source already knew (a feed item's date and title) fills what the manifest did not say.
            var hints = fetched.Article.Hints;
            var metadata = new ArticleMetadata
            {
                Published = published ?? hints?.Published,
                Title = hints?.Title,
                Source = item.Source ?? hints?.Source ?? item.Uri,
                Url = item.Uri.Contains("://", StringComparison.Ordinal) ? item.Uri : hints?.Url,
            };
            var document = await CodeWithinBudgetAsync(Document.Create(fetched.Article.Content, metadata, fetched.Article.IsHtml), cancellationToken).ConfigureAwait(false);
            return new Outcome(item, DocumentMapper.ToStore(fetched, document), null);
        }
        catch (TimeoutException)
        {
            return new Outcome(item, null, $"{item.Uri}: not coded within {DocumentBudget!.Value.TotalSeconds:0.#} s (the time allowed for one report); not stored");
        }
        catch (InputException ex)
        {
            return new Outcome(item, null, ex.Message);
        }
        catch (PipelineStageException ex)
        {
            return new Outcome(item, null, $"{item.Uri}: {ex.Message}");
        }
    }

    /// <summary>Runs the pipeline; with a <see cref="DocumentBudget"/> the caller gets a <see cref="TimeoutException"/> as
    /// soon as it is spent, and the coding itself is cancelled (it stops at the next stage that looks).</summary>
    private async Task<Document> CodeWithinBudgetAsync(Document document, CancellationToken cancellationToken)
    {
        if (DocumentBudget is not { } budget)
        {
            return pipeline.Run(document, cancellationToken);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        limit.CancelAfter(budget);
        var coding = Task.Run(() => pipeline.Run(document, limit.Token), CancellationToken.None);
        try
        {
            var coded = await coding.WaitAsync(limit.Token).ConfigureAwait(false);
            // On a busy machine the timer can fire after the run has ended: a run that took longer than the budget is
            // over it all the same.
            return Stopwatch.GetElapsedTime(started) <= budget ? coded : throw new TimeoutException();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The run may still be inside a stage; it ends at the next check of the token, and its failure is observed here.
            _ = coding.ContinueWith(t => t.Exception, TaskScheduler.Default);
            throw new TimeoutException();
        }
    }

    /// <summary>Stores a batch in one transaction; if the store refuses it, each document is stored on its own, so one
    /// bad document fails alone.</summary>
    private async Task<List<(SaveResult? Saved, string? Error)>> SaveBatchAsync(List<DocumentToStore> documents, CancellationToken cancellationToken)
    {
        if (documents.Count > 1)
        {
            try
            {
                return [.. (await store.SaveDocumentsAsync(documents, cancellationToken).ConfigureAwait(false)).Select(r => ((SaveResult?)r, (string?)null))];
            }
            catch (StoreException)
            {
                // Retried one by one below.
            }
        }

        var results = new List<(SaveResult? Saved, string? Error)>(documents.Count);
        foreach (var document in documents)
        {
            results.Add(await SaveAsync(document, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<(SaveResult? Saved, string? Error)> SaveAsync(DocumentToStore document, CancellationToken cancellationToken)
    {
        try
        {
            return (await store.SaveDocumentAsync(document, cancellationToken).ConfigureAwait(false), null);
        }
        catch (StoreException ex)
        {
            return (null, $"{document.Uri}: {ex.Message}");
        }
    }

    private sealed record Outcome(IngestItem Item, DocumentToStore? Document, string? Error);
}
