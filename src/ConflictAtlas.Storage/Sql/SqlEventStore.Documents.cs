using Dapper;

namespace ConflictAtlas.Storage.Sql;

/// <summary>Which events a stored document produced (for the API's answer to a posted report).</summary>
public abstract partial class SqlEventStore
{
    public async Task<IReadOnlyList<long>> EventIdsOfDocumentAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var ids = await connection.QueryAsync<long>(
            "select canonical_id from atoms where document_id = @documentId and canonical_id is not null order by ordinal", new { documentId }).ConfigureAwait(false);
        return [.. ids.Distinct()];
    }
}
