using ConflictAtlas.Storage.Postgres;
using ConflictAtlas.Storage.Tests.Support;

namespace ConflictAtlas.Storage.Tests;

/// <summary>The same contract on PostgreSQL; each test gets a database of its own on the throwaway server.</summary>
public sealed class PostgresEventStoreTests : EventStoreContract
{
    protected override string Dialect => "postgres";

    protected override string OverridingIds => "overriding system value";

    protected override async Task<IEventStore> CreateStoreAsync() =>
        await PostgresEventStore.OpenAsync(await TestPostgres.CreateDatabaseAsync());

    protected override Task<string> CreateDatabaseAsync() => TestPostgres.CreateDatabaseAsync();

    protected override async Task<IEventStore> OpenStoreAsync(string location) => await PostgresEventStore.OpenAsync(location);

    protected override System.Data.Common.DbConnection Connect(string location) => new Npgsql.NpgsqlConnection(location);

    [Fact]
    public void A_postgres_url_becomes_a_connection_string()
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(EventStores.PostgresConnectionString("postgres://atlas:s%40cret@db.example:6543/events"));

        Assert.Equal(("db.example", 6543, "events", "atlas", "s@cret"), (cs.Host, cs.Port, cs.Database, cs.Username, cs.Password));
        Assert.True(EventStores.IsPostgres("Host=127.0.0.1;Database=x"));
        Assert.False(EventStores.IsPostgres("data/atlas.db"));
    }

    [Fact]
    public async Task Queued_jobs_are_taken_once_and_an_expired_lease_is_retried()
    {
        await using var store = await PostgresEventStore.OpenAsync(await TestPostgres.CreateDatabaseAsync());
        var jobs = new IngestJobs(store.DataSource);
        await jobs.EnqueueAsync([new Ingestion.IngestItem("a.txt"), new Ingestion.IngestItem("b.txt")]);

        var first = await jobs.ClaimAsync("w1", TimeSpan.FromMilliseconds(500));
        var second = await jobs.ClaimAsync("w2", TimeSpan.FromMinutes(5));
        await Task.Delay(800);
        var retried = await jobs.ClaimAsync("w3", TimeSpan.FromMinutes(5));

        Assert.Equal(["a.txt", "b.txt", "a.txt"], new[] { first!.Item.Uri, second!.Item.Uri, retried!.Item.Uri });
        Assert.Equal(2, retried.Attempts);
        Assert.Null(await jobs.ClaimAsync("w4", TimeSpan.FromMinutes(5)));
        Assert.False(await jobs.CompleteAsync(first, "w1", null));
        Assert.True(await jobs.CompleteAsync(retried, "w3", null));
        Assert.True(await jobs.CompleteAsync(second, "w2", null));
        Assert.Equal(new QueueStatus(0, 0, 2, 0), await jobs.StatusAsync());
    }

    [Fact]
    public async Task A_batch_of_jobs_is_completed_at_once_with_each_outcome_and_a_lost_lease_left_alone()
    {
        await using var store = await PostgresEventStore.OpenAsync(await TestPostgres.CreateDatabaseAsync());
        var jobs = new IngestJobs(store.DataSource);
        await jobs.EnqueueAsync(Enumerable.Range(1, 3).Select(i => new Ingestion.IngestItem($"{i}.txt")));

        var claimed = await jobs.ClaimAsync("w1", TimeSpan.FromMilliseconds(500), 3);
        await Task.Delay(800);
        var stolen = await jobs.ClaimAsync("w2", TimeSpan.FromMinutes(5));
        var kept = await jobs.CompleteAsync([(claimed[0], null), (claimed[1], "1.txt: not a report"), (claimed[2], null)], "w1");

        Assert.Equal(claimed[0].Id, stolen!.Id);
        Assert.Equal(new[] { claimed[1].Id, claimed[2].Id }.ToHashSet(), kept.ToHashSet());
        Assert.Equal(new QueueStatus(0, 1, 1, 1), await jobs.StatusAsync());
        Assert.True(await jobs.CompleteAsync(stolen, "w2", null));
        Assert.Equal(new QueueStatus(0, 0, 2, 1), await jobs.StatusAsync());
    }

    [Fact]
    public async Task A_worker_claims_several_jobs_in_one_round_trip_and_never_one_another_holds()
    {
        await using var store = await PostgresEventStore.OpenAsync(await TestPostgres.CreateDatabaseAsync());
        var jobs = new IngestJobs(store.DataSource);
        await jobs.EnqueueAsync(Enumerable.Range(1, 5).Select(i => new Ingestion.IngestItem($"{i}.txt")));

        var first = await jobs.ClaimAsync("w1", TimeSpan.FromMinutes(5), 3);
        var second = await jobs.ClaimAsync("w2", TimeSpan.FromMinutes(5), 3);
        var third = await jobs.ClaimAsync("w3", TimeSpan.FromMinutes(5), 3);

        Assert.Equal(["1.txt", "2.txt", "3.txt"], first.Select(j => j.Item.Uri));
        Assert.Equal(["4.txt", "5.txt"], second.Select(j => j.Item.Uri));
        Assert.Empty(third);
        Assert.Equal(new QueueStatus(0, 5, 0, 0), await jobs.StatusAsync());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => jobs.ClaimAsync("w4", TimeSpan.FromMinutes(5), 0));
    }
}
