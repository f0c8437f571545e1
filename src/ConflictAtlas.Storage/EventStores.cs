using ConflictAtlas.Storage.Postgres;
using ConflictAtlas.Storage.Sqlite;
using Npgsql;

namespace ConflictAtlas.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a SQLite file path, a <c>postgres://</c> URL or an Npgsql
/// connection string (<c>Host=...;Database=...</c>).</summary>
public static class EventStores
{
    public const string DefaultSqlitePath = StorageInfo.DefaultSqlitePath;

    public static bool IsPostgres(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
               db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
               db.Contains("Host=", StringComparison.OrdinalIgnoreCase);
    }

    public static async Task<IEventStore> OpenAsync(string? db, CancellationToken cancellationToken = default)
    {
        db = string.IsNullOrWhiteSpace(db) ? DefaultSqlitePath : db;
        return IsPostgres(db)
            ? await PostgresEventStore.OpenAsync(PostgresConnectionString(db), cancellationToken).ConfigureAwait(false)
            : await SqliteEventStore.OpenAsync(db, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Turns <c>postgres://user[:password]@host[:port]/database</c> into an Npgsql connection string;
    /// a connection string is returned as it is.</summary>
    public static string PostgresConnectionString(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Contains("://", StringComparison.Ordinal))
        {
            return db;
        }

        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new StoreException($"'{db}' is not a PostgreSQL URL (expected postgres://user@host:port/database)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')) is { Length: > 0 } name ? name : "postgres",
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        return builder.ToString();
    }
}
