using System.Data.Common;
using Dapper;

namespace ConflictAtlas.Storage.Sql;

/// <summary>
/// The distinct actor names of the store (table <c>actor_names</c>), kept in memory so the actor filter can match a
/// substring of any name in C# (case-insensitive, the same on every store) and then read the events of the matching
/// names through the <c>event_actors</c> index. The copy is reloaded when the table's count or highest id changes.
/// </summary>
public sealed class ActorNames
{
    private readonly Lock _gate = new();
    private (long Count, long MaxId, (long Id, string Name)[] Names) _snapshot = (0, 0, []);

    /// <summary>The ids of the names containing <paramref name="needle"/>, ignoring case.</summary>
    public async Task<IReadOnlyList<long>> MatchAsync(DbConnection connection, string needle)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(needle);
        var state = (await connection.QueryAsync<(long Count, long MaxId)>(
            "select count(*), coalesce(max(id), 0) from actor_names").ConfigureAwait(false)).Single();
        (long Count, long MaxId, (long Id, string Name)[] Names) snapshot;
        lock (_gate)
        {
            snapshot = _snapshot;
        }

        if (snapshot.Count != state.Count || snapshot.MaxId != state.MaxId)
        {
            var names = (await connection.QueryAsync<(long, string)>("select id, name from actor_names").ConfigureAwait(false)).ToArray();
            snapshot = (names.Length, names.Length == 0 ? 0 : names.Max(n => n.Item1), names);
            lock (_gate)
            {
                _snapshot = snapshot;
            }
        }

        return [.. snapshot.Names.Where(n => n.Name.Contains(needle, StringComparison.OrdinalIgnoreCase)).Select(n => n.Id)];
    }
}
