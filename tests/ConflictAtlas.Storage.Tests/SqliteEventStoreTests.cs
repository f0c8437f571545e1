using ConflictAtlas.Storage.Sqlite;

namespace ConflictAtlas.Storage.Tests;

public sealed class SqliteEventStoreTests : EventStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("atlas-store-").FullName;

    protected override string Dialect => "sqlite";

    protected override string OverridingIds => string.Empty;

    protected override async Task<IEventStore> CreateStoreAsync() =>
        await SqliteEventStore.OpenAsync(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));

    protected override async Task<IEventStore> OpenStoreAsync(string location) => await SqliteEventStore.OpenAsync(location);

    protected override System.Data.Common.DbConnection Connect(string location) => new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + location);

    [Fact]
    public async Task The_file_is_in_wal_mode_with_the_schema_version_recorded()
    {
        var path = Path.Combine(_folder, "check.db");
        await using (await SqliteEventStore.OpenAsync(path))
        {
        }

        await using var reopened = await SqliteEventStore.OpenAsync(path);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "pragma journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "select group_concat(version, ',') from (select version from schema_version order by version)";
        Assert.Equal(string.Join(",", Sql.Migrations.For("sqlite").Select(m => m.Version)), command.ExecuteScalar());
    }

    [Fact]
    public async Task A_bulk_load_rebuilds_the_text_index_with_each_events_country_as_the_triggers_write_it()
    {
        var path = Path.Combine(_folder, "bulk.db");
        await using (var store = await SqliteEventStore.OpenAsync(path))
        {
            await SaveSegouEventsAsync(store);
        }

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path + ";Pooling=False"))
        {
            connection.Open();
            SqliteBulkLoad.Begin(connection).Finish(connection);
        }

        await using var reopened = await SqliteEventStore.OpenAsync(path);
        Assert.Equal(["Ségou"], await Places(reopened, new EventFilter(Iso: 466) { Text = "ségou" }));
        Assert.Equal(["Baidoa"], await Places(reopened, new EventFilter(Iso: 706) { Text = "SÉGOU" }));
        Assert.Equal(["Herat"], await Places(reopened, new EventFilter(Iso: 4) { Text = "ségou market" }));
        Assert.Empty(await Places(reopened, new EventFilter(Iso: 40) { Text = "ségou" }));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_gives_a_clear_error()
    {
        var path = Path.Combine(_folder, "not-a-db.db");
        await File.WriteAllTextAsync(path, "this is a text file, not SQLite, and it is long enough to have a header");

        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteEventStore.OpenAsync(path));
        Assert.Contains("not a usable SQLite database", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
