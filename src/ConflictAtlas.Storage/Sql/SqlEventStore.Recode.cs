using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;

namespace ConflictAtlas.Storage.Sql;

/// <summary>Coding stored reports again when the coder changed: the document stays, its atoms are replaced.</summary>
public abstract partial class SqlEventStore
{
    private const int DocumentPage = 200;

    /// <summary>The columns <see cref="ToStoredDocument"/> reads.</summary>
    private const string DocumentColumns = "id, uri, version, title, published, source, language, text, removed_json, ingested_at";

    private static StoredDocument ToStoredDocument(IDictionary<string, object> r) => new(
        Long(r["id"]), (string)r["uri"], (int)Long(r["version"]), r["title"] as string, r["published"] as string,
        r["source"] as string, r["language"] as string, (string)r["text"], (string)r["removed_json"])
    {
        IngestedAt = r["ingested_at"] as string,
    };

    public async IAsyncEnumerable<StoredDocument> CurrentDocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long after = 0;
        while (true)
        {
            List<StoredDocument> page;
            await using (var connection = await OpenAsync(cancellationToken).ConfigureAwait(false))
            {
                var rows = await connection.QueryAsync(
                    $"""
                    select {DocumentColumns} from documents d
                    where id > @after and version = (select max(version) from documents v where v.uri = d.uri)
                    order by id limit {DocumentPage}
                    """,
                    new { after }).ConfigureAwait(false);
                page = [.. rows.Cast<IDictionary<string, object>>().Select(ToStoredDocument)];
            }

            foreach (var document in page)
            {
                yield return document;
            }

            if (page.Count < DocumentPage)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    public async Task<RecodeResult> RecodeDocumentAsync(long documentId, IReadOnlyList<AtomToStore> atoms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(atoms);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockWritersAsync(connection, tx, cancellationToken).ConfigureAwait(false);
        var current = (await connection.QueryAsync(
            "select id, ordinal, canonical_id, record_json, record_z, record_dict from atoms where document_id = @documentId and superseded = 0 order by ordinal",
            new { documentId }, tx).ConfigureAwait(false)).Cast<IDictionary<string, object>>().ToList();
        if (current.Count == atoms.Count && current.Select(r => StoredJson.ReadAtom(r["record_json"], r["record_z"], r["record_dict"])).SequenceEqual(atoms.Select(a => a.Record.ToJsonString()), StringComparer.Ordinal))
        {
            await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return new RecodeResult(false, current.Count, atoms.Count, 0, 0);
        }

        var document = (await connection.QueryAsync("select uri, title, source from documents where id = @documentId", new { documentId }, tx).ConfigureAwait(false))
            .Cast<IDictionary<string, object>>()
            .Select(r => new SourceDocument(documentId, (string)r["uri"], r["title"] as string, r["source"] as string))
            .FirstOrDefault() ?? throw new StoreException($"document {documentId} is not in the store");

        var now = Now();
        var affected = current.Select(r => r["canonical_id"]).Where(c => c is not null and not DBNull).Select(Long).Distinct().ToList();
        await using var w = new WriteStatements(connection, tx);
        await connection.ExecuteAsync(
            "update atoms set superseded = 1, canonical_id = null where document_id = @documentId and superseded = 0", new { documentId }, tx).ConfigureAwait(false);
        foreach (var eventId in affected)
        {
            await RecomputeAsync(w, eventId, "recode", IngestActor, "the coder changed and coded the report again; its earlier reading was replaced", null, now).ConfigureAwait(false);
        }

        // The replaced atoms keep their ordinals (their history points at them); the new ones are numbered after them.
        var ordinalBase = 1 + await connection.ExecuteScalarAsync<int>(
            "select coalesce(max(ordinal), -1) from atoms where document_id = @documentId", new { documentId }, tx).ConfigureAwait(false);
        var (merged, created) = await StoreAtomsAsync(w, document, atoms, ordinalBase, now).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new RecodeResult(true, current.Count, atoms.Count, merged, created);
    }
}
