using System.Data.Common;
using System.Globalization;

namespace ConflictAtlas.Storage.Sql;

/// <summary>
/// The statements of one write transaction, each prepared once and run again with new values: a batch of documents
/// runs the same dozen statements for every document, and preparing them each time was a fifth of the writer's time
/// (Microsoft.Data.Sqlite keeps no statement cache across commands). Other queries of the transaction use
/// <see cref="Connection"/> and <see cref="Transaction"/> directly.
/// </summary>
internal sealed class WriteStatements(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    /// <summary>Runs <paramref name="sql"/>, prepared on first use, with the named values (always the same names in the
    /// same order for one statement).</summary>
    public Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] values) => Command(sql, values).ExecuteNonQueryAsync();

    /// <summary>The first column of the first row, as a whole number (null when there is no row or it is null).</summary>
    public async Task<long?> ScalarAsync(string sql, params (string Name, object? Value)[] values)
    {
        var value = await Command(sql, values).ExecuteScalarAsync().ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public Task<DbDataReader> ReadAsync(string sql, params (string Name, object? Value)[] values) => Command(sql, values).ExecuteReaderAsync();

    private DbCommand Command(string sql, (string Name, object? Value)[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.Transaction = Transaction;
            command.CommandText = sql;
            foreach (var (name, _) in values)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                command.Parameters.Add(parameter);
            }

            _commands[sql] = command;
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i].Value ?? DBNull.Value;
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        _commands.Clear();
    }
}
