using System.Globalization;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Storage.Ingestion;

/// <summary>What coding the stored reports again did.</summary>
public sealed record RecodeSummary(int Reports, int Changed, int Unchanged, int Skipped, int AtomsBefore, int AtomsAfter, IReadOnlyList<string> Notes);

/// <summary>
/// Codes every stored report again with the current coder, from the cleaned text the store keeps (evidence spans
/// point into it), on the day it was first stored (so an undated report reads its dates as it did then). A report
/// whose events came out the same is left as it is; one whose events changed gets the new ones, merged as at
/// ingest, and the old ones stay in its history. A report the current reader would cut differently is skipped with
/// a note: its evidence would no longer point into the stored text, so it needs ingesting again from its source.
/// </summary>
public sealed class RecodeService(Pipeline pipeline, IEventStore store)
{
    public async Task<RecodeSummary> RunAsync(IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        int reports = 0, changed = 0, unchanged = 0, skipped = 0, before = 0, after = 0;
        var notes = new List<string>();
        await foreach (var stored in store.CurrentDocumentsAsync(cancellationToken).ConfigureAwait(false))
        {
            reports++;
            var document = pipeline.Run(Document.Create(stored.Text, Metadata(stored), isHtml: false), cancellationToken);
            string status;
            if (!string.Equals(document.Text, stored.Text, StringComparison.Ordinal))
            {
                skipped++;
                status = "skipped: the reader now cuts its text differently; ingest it again from its source";
                notes.Add($"{stored.Uri}: {status[9..]}");
            }
            else
            {
                var result = await store.RecodeDocumentAsync(stored.Id, DocumentMapper.Atoms(document), cancellationToken).ConfigureAwait(false);
                before += result.Before;
                after += result.After;
                if (result.Changed)
                {
                    changed++;
                    status = $"recoded: {result.Before} event(s) before, {result.After} now ({result.Merged} merged)";
                }
                else
                {
                    unchanged++;
                    status = "unchanged";
                }
            }

            progress?.Report(new IngestProgress(reports, 0, stored.Uri, status));
        }

        return new RecodeSummary(reports, changed, unchanged, skipped, before, after, notes);
    }

    private static ArticleMetadata Metadata(StoredDocument stored) => new()
    {
        Title = stored.Title,
        Published = Day(stored.Published),
        Source = stored.Source,
        Url = stored.Uri.Contains("://", StringComparison.Ordinal) ? stored.Uri : null,
        Retrieved = DateTimeOffset.TryParse(stored.IngestedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null,
    };

    private static DateTimeOffset? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
}
