using System.Text.RegularExpressions;
using ConflictAtlas.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace ConflictAtlas.Storage.Sqlite;

/// <summary>
/// Loading many events into a SQLite store at once: the secondary indexes of the event tables and the triggers that
/// keep the search tables (<c>event_text</c>, <c>event_geo</c>, <c>event_weeks</c>) are dropped while the rows stream
/// in, then created again and the search tables rebuilt in one pass each. Building an index from sorted rows is many
/// times faster than a million random inserts into it. Between the two calls the store must not be read or written
/// by anything else.
/// </summary>
public sealed class SqliteBulkLoad
{
    private static readonly string[] Tables = ["documents", "atoms", "canonical_events", "event_actors"];

    private readonly List<string> _definitions;

    private SqliteBulkLoad(List<string> definitions) => _definitions = definitions;

    /// <summary>The number of indexes and triggers dropped, created again by <see cref="Finish"/>.</summary>
    public int Suspended => _definitions.Count;

    /// <summary>Drops the secondary indexes and triggers of the event tables, remembering their definitions.</summary>
    public static SqliteBulkLoad Begin(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var found = new List<(string Type, string Name, string Sql)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                select type, name, sql from sqlite_master
                where type in ('index', 'trigger') and sql is not null and tbl_name in ({string.Join(", ", Tables.Select(t => $"'{t}'"))})
                order by type, name
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (type, name, _) in found)
        {
            Execute(connection, $"drop {type} \"{name}\"");
        }

        return new SqliteBulkLoad([.. found.Select(f => f.Sql)]);
    }

    /// <summary>Creates the indexes and triggers again and rebuilds the text index, the R*Tree and the weekly statistics
    /// from the events, as migrations 003 and 004 fill them.</summary>
    public void Finish(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        foreach (var sql in _definitions)
        {
            Execute(connection, sql);
        }

        Execute(connection, "insert into event_text (event_text) values ('delete-all')");
        Execute(connection, TextIndexFill.Value);
        Execute(connection, """
            delete from event_geo;
            insert into event_geo (id, min_lon, max_lon, min_lat, max_lat, latitude, longitude)
            select sort_key, longitude, longitude, latitude, latitude, latitude, longitude from canonical_events
            where status = 'active' and latitude is not null and longitude is not null;
            """);
        Execute(connection, """
            delete from event_weeks;
            insert into event_weeks (week, iso, country, event_type, events, fatalities)
            select week, iso, country, event_type, count(*), sum(fatalities) from canonical_events where status = 'active'
            group by week, iso, country, event_type;
            """);
    }

    /// <summary>The statement of migration 011 that fills the text index from the active events, in sort-key order (the
    /// order of the date index, as FTS5 appends fastest), with each event's country token written as its triggers write
    /// it: taken from the migration, so the token's expression has one copy.</summary>
    private static readonly Lazy<string> TextIndexFill = new(() =>
    {
        var migration = Migrations.For("sqlite").Single(m => m.Version == 11).Sql;
        var fill = Regex.Match(migration, @"insert into event_text \(rowid, search_text, iso\)\s+select sort_key[^;]*;", RegexOptions.CultureInvariant);
        return fill.Success ? fill.Value : throw new InvalidOperationException("migration 011 no longer holds the statement that fills event_text");
    });

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
