using Npgsql;

namespace ConflictAtlas.Cli.Tests;

/// <summary>Three worker processes drain one queue on the throwaway PostgreSQL server (ATLAS_TEST_PG).</summary>
public sealed class WorkerCommandTests : IDisposable
{
    private const int Reports = 30;

    private readonly string _folder = Directory.CreateTempSubdirectory("atlas-worker-").FullName;

    [Fact]
    public async Task Three_workers_process_every_queued_job_exactly_once()
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

        var workers = Enumerable.Range(1, 3).Select(i => AtlasProcess.Start("worker", "--db", db, "--drain", "--name", $"w{i}")).ToList();
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
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        Assert.Equal(Reports, await Scalar(connection, "select count(*) from jobs where state = 'done'"));
        Assert.Equal(Reports, await Scalar(connection, "select count(*) from job_runs"));
        Assert.Equal(Reports, await Scalar(connection, "select count(distinct job_id) from job_runs"));
        Assert.Equal(Reports, await Scalar(connection, "select count(*) from documents"));
        Assert.Equal(Reports, await Scalar(connection, "select count(*) from atoms"));
        // The load was shared: more than one worker finished jobs.
        Assert.True(await Scalar(connection, "select count(distinct worker) from job_runs") > 1, string.Join("\n", logs));
        foreach (var worker in workers)
        {
            worker.Dispose();
        }
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
