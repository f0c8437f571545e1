using System.Data.Common;
using ConflictAtlas.Storage.Sql;
using Dapper;
using Npgsql;

namespace ConflictAtlas.Storage.Postgres;

/// <summary>The store on PostgreSQL, for several machines writing at once (see <see cref="IngestJobs"/>).</summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private const string Dialect = "postgres";

    /// <summary>Advisory lock keys (arbitrary constants, unique within this schema's users).</summary>
    private const long SchemaLock = 0x41544C4153_01;
    private const long WriterLock = 0x41544C4153_02;

    private readonly NpgsqlDataSource _dataSource;

    private PostgresEventStore(NpgsqlDataSource dataSource, string description)
    {
        _dataSource = dataSource;
        Description = description;
    }

    public override string Description { get; }

    public NpgsqlDataSource DataSource => _dataSource;

    public static async Task<PostgresEventStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StoreException($"not a valid PostgreSQL connection string ({ex.Message})", ex);
        }

        var store = new PostgresEventStore(NpgsqlDataSource.Create(builder), $"{builder.Host}:{builder.Port}/{builder.Database}");
        try
        {
            await using var connection = await store._dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await MigrateAsync(connection, Dialect, tx => connection.ExecuteAsync("select pg_advisory_xact_lock(@SchemaLock)", new { SchemaLock }, tx)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or PostgresException or System.Net.Sockets.SocketException or TimeoutException)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw new StoreException($"{store.Description}: cannot open the PostgreSQL store ({ex.Message})", ex);
        }

        return store;
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>One writer transaction at a time across all workers: deduplication reads then writes canonical events,
    /// and two workers must not both create the same event. Coding, the slow part, stays parallel.</summary>
    protected override async Task LockWritersAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync("select pg_advisory_xact_lock(@WriterLock)", new { WriterLock }, transaction).ConfigureAwait(false);

    protected override string EqualsIgnoringCase(string column, string parameter) => $"lower({column}) = lower(@{parameter})";

    /// <summary>Lower-cased and compared by code point (collation C), as SQLite's NOCASE compares.</summary>
    protected override string TextSortKey(string column) => $"lower(coalesce({column}, '')) collate \"C\"";

    protected override string IdIn(string column, string parameter, IReadOnlyList<long> ids, DynamicParameters args)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(args);
        args.Add(parameter, ids.ToArray());
        return $"{column} = any(@{parameter})";
    }

    /// <summary>The GiST index on <c>point(longitude, latitude)</c>; a box across the antimeridian is two boxes.</summary>
    protected override string? BoxIndexCondition(BoundingBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        const string Point = "point(c.longitude, c.latitude)";
        return box.West <= box.East
            ? $"{Point} <@ box(point(@west, @south), point(@east, @north))"
            : $"({Point} <@ box(point(@west, @south), point(180, @north)) or {Point} <@ box(point(-180, @south), point(@east, @north)))";
    }

    /// <summary>ILIKE, served by the pg_trgm GIN index on <c>search_text</c> when the extension is installed.</summary>
    protected override string TextCondition(string text, DynamicParameters args)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(args);
        args.Add("text_like", "%" + LikeLiteral(text) + "%");
        return "c.search_text ilike @text_like";
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
