using System.Data.Common;
using ConflictAtlas.Storage.Sql;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ConflictAtlas.Storage.Sqlite;

/// <summary>The default store: one SQLite file in WAL mode (readers never block the single writer).</summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private const string Dialect = "sqlite";

    /// <summary>How long a writer waits for another process's write lock before failing.</summary>
    private const int BusyTimeoutMs = 30_000;

    private readonly string _connectionString;

    private SqliteEventStore(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    public string Path { get; }

    public override string Description => Path;

    public static async Task<SqliteEventStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new StoreException($"{path}: is a folder, not a SQLite database file");
        }

        var store = new SqliteEventStore(path);
        try
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync("pragma journal_mode = wal").ConfigureAwait(false);
            await MigrateAsync(connection, Dialect, _ => Task.CompletedTask).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"{path}: not a usable SQLite database ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path}: cannot create the database ({ex.Message})", ex);
        }

        return store;
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync($"pragma busy_timeout = {BusyTimeoutMs}; pragma foreign_keys = on; pragma synchronous = normal").ConfigureAwait(false);
        return connection;
    }

    /// <summary>SQLite transactions here begin IMMEDIATE, which already takes the single write lock.</summary>
    protected override Task LockWritersAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        return ValueTask.CompletedTask;
    }
}
