using System.CommandLine;
using ConflictAtlas.Storage;

namespace ConflictAtlas.Cli.Commands;

/// <summary>The <c>--db</c> option every command that reads or writes the store takes.</summary>
public static class StoreOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = $"The store: a SQLite file (default {EventStores.DefaultSqlitePath}), a postgres://user@host:port/db URL or an Npgsql connection string",
        DefaultValueFactory = _ => EventStores.DefaultSqlitePath,
    };

    /// <summary>Opens the store, or reports why it cannot be opened and returns null.</summary>
    public static async Task<IEventStore?> OpenAsync(CliContext context, string db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return await EventStores.OpenAsync(db, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            context.Fail(ex.Message);
            return null;
        }
    }
}
