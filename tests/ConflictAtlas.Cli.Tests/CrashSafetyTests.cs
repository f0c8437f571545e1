using ConflictAtlas.Storage;

namespace ConflictAtlas.Cli.Tests;

/// <summary>Kills <c>atlas ingest</c> with SIGKILL at random moments, then runs it again: nothing may be lost or
/// stored twice, and the result must equal one uninterrupted run.</summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Reports = 60;

    private readonly string _folder = Directory.CreateTempSubdirectory("atlas-crash-").FullName;

    [Fact]
    public async Task Ingest_killed_at_random_points_completes_with_nothing_lost_or_doubled()
    {
        var reports = AtlasProcess.WriteReports(Path.Combine(_folder, "reports"), Reports);
        var db = Path.Combine(_folder, "killed.db");
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var kills = 0;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            // Kill after a random number of stored reports plus a random delay, so some kills land mid-transaction.
            var killAfter = random.Next(1, Reports / 4);
            using var process = AtlasProcess.Start("ingest", reports, "--db", db);
            _ = process.StandardError.ReadToEndAsync();
            var stored = 0;
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync()) is not null)
            {
                if (line.StartsWith('[') && ++stored == killAfter)
                {
                    Thread.Sleep(random.Next(0, 30));
                    process.Kill(entireProcessTree: true);
                    kills++;
                    break;
                }
            }

            await process.WaitForExitAsync();
        }

        var (code, _, err) = await AtlasProcess.RunAsync(TimeSpan.FromMinutes(2), "ingest", reports, "--db", db);
        Assert.True(kills >= 3, $"only {kills} kill(s) landed (seed {seed})");
        Assert.True(code == 0, $"final run failed (seed {seed}): {err}");
        var (cleanCode, _, _) = await AtlasProcess.RunAsync(TimeSpan.FromMinutes(2), "ingest", reports, "--db", Path.Combine(_folder, "clean.db"));
        Assert.Equal(0, cleanCode);

        await using var killed = await EventStores.OpenAsync(db);
        await using var clean = await EventStores.OpenAsync(Path.Combine(_folder, "clean.db"));
        var counts = await killed.CountsAsync();
        Assert.Equal(Reports, counts.Documents);
        Assert.Equal((await clean.CountsAsync()) with { Revisions = 0 }, counts with { Revisions = 0 });
        var killedEvents = await killed.QueryEventsAsync(EventFilter.All);
        var cleanEvents = await clean.QueryEventsAsync(EventFilter.All);
        Assert.Equal(Reports, killedEvents.Sum(e => e.Sources.Count));
        Assert.Equal(
            cleanEvents.Select(e => (e.Record["event_date"]!.GetValue<string>(), e.Record["fatalities"]!.GetValue<int>(), e.Sources.Count)).Order(),
            killedEvents.Select(e => (e.Record["event_date"]!.GetValue<string>(), e.Record["fatalities"]!.GetValue<int>(), e.Sources.Count)).Order());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
