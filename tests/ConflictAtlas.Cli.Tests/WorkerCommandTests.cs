using Npgsql;

namespace ConflictAtlas.Cli.Tests;

/// <summary>Three worker processes drain one queue on the throwaway PostgreSQL server (ATLAS_TEST_PG).</summary>
public sealed class WorkerCommandTests : IDisposable
{
    private const int Reports = 30;

    private readonly string _folder = Directory.CreateTempSubdirectory("atlas-worker-").FullName;

    [Fact]
    public async Task Three_workers_sharing_the_machine_process_every_queued_job_exactly_once()
    {
        var db = await QueueReportsAsync();
        var (connection, logs) = await RunWorkersAsync(db, 3, "--share-machine");
        await using (connection)
        {
            // The load was shared: more than one worker finished jobs.
            Assert.True(await Scalar(connection, "select count(distinct worker) from job_runs") > 1, logs);
        }
    }

    [Fact]
    public async Task Workers_of_one_store_on_one_machine_code_one_at_a_time_and_the_others_wait()
    {
        var db = await QueueReportsAsync();
        var (connection, logs) = await RunWorkersAsync(db, 2);
        await using (connection)
        {
            Assert.Equal(1, await Scalar(connection, "select count(distinct worker) from job_runs"));
            Assert.Contains("waiting until it stops", logs, StringComparison.Ordinal);
        }
    }

    /// <summary>A new database on the test server with <see cref="Reports"/> reports queued; its connection string.</summary>
    private async Task<string> QueueReportsAsync()
    {
        var server = Environment.GetEnvironmentVariable("ATLAS_TEST_PG") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("ATLAS_TEST_PG is not set: run the tests with ./test");
        var name = "atlas_workers_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"create database {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var db = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        var reports = AtlasProcess.WriteReports(Path.Combine(_folder, "reports"), Reports);

        var (queued, queueOut, queueErr) = await AtlasProcess.RunAsync(TimeSpan.FromMinutes(1), "ingest", reports, "--db", db, "--queue");
        Assert.True(queued == 0, queueErr);
        Assert.Contains($"{Reports} report(s) queued", queueOut, StringComparison.Ordinal);
        return db;
    }

    /// <summary>Runs <paramref name="count"/> workers with <c>--drain</c> until they stop, checks every job ran exactly
    /// once, and returns an open connection to the store and the workers' output.</summary>
    private static async Task<(NpgsqlConnection Connection, string Logs)> RunWorkersAsync(string db, int count, params string[] options)
    {
        var workers = Enumerable.Range(1, count).Select(i => AtlasProcess.Start(["worker", "--db", db, "--drain", "--name", $"w{i}", .. options])).ToList();
        var outputs = workers.Select(w => (Out: w.StandardOutput.ReadToEndAsync(), Err: w.StandardError.ReadToEndAsync())).ToList();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        foreach (var worker in workers)
        {
            await worker.WaitForExitAsync(timeout.Token);
        }

        var logs = new List<string>();
        foreach (var (o, e) in outputs)
        {
            logs.Add(await o + await e);
        }

        Assert.All(workers, w => Assert.Equal(0, w.ExitCode));
        var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        Assert.Equal(Reports, await Scalar(connection, "select count(*) from jobs where state = 'done'"));
        Assert.Equal(Reports, await Scalar(connection, "select count(*) from job_runs"));
        Assert.Equal(Reports, await Scalar(connection, "select count(distinct job_id) from job_runs"));
        Assert.Equal(Reports, await Scalar(connection, "select count(*) from documents"));
        Assert.Equal(Reports, await Scalar(connection, "select count(*) from atoms"));
        foreach (var worker in workers)
        {
            worker.Dispose();
        }

        return (connection, string.Join("\n", logs));
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
