using Npgsql;

namespace ConflictAtlas.Storage.Tests.Support;

/// <summary>Creates a fresh database on the throwaway server that <c>./test</c> starts (ATLAS_TEST_PG), so tests
/// never see each other's data.</summary>
public static class TestPostgres
{
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ATLAS_TEST_PG") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("ATLAS_TEST_PG is not set: run the tests with ./test, which starts a throwaway PostgreSQL");

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "atlas_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create database {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = true }.ToString();
    }
}
