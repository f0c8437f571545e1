using System.Diagnostics;
using System.Globalization;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Ingestion;
using ConflictAtlas.Storage.Postgres;
using ConflictAtlas.Storage.Sqlite;
using Npgsql;

namespace ConflictAtlas.Bench;

/// <summary>Reports per second through read, code, deduplicate and store: SQLite and PostgreSQL in one process
/// (all cores coding, one writer), and PostgreSQL fed by 1 and 2 <c>atlas worker</c> processes.</summary>
public static class IngestBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var pg = args.SkipWhile(a => a != "--pg").Skip(1).FirstOrDefault();
        var dirs = args.TakeWhile(a => a != "--pg").ToList();
        if (dirs.Count == 0)
        {
            Console.Error.WriteLine("usage: ingest DIR... [--pg CONNECTION_STRING]");
            return 2;
        }

        var source = new FileSystemArticleSource();
        var items = dirs.SelectMany(source.Expand).Select(uri => new IngestItem(uri)).ToList();
        var pipeline = PipelineDefaults.Create();
        Console.WriteLine($"{items.Count} reports from {string.Join(", ", dirs)}; {Environment.ProcessorCount} cores");

        var coding = Stopwatch.StartNew();
        var slowest = items.AsParallel().Select(item =>
        {
            var one = Stopwatch.StartNew();
            var fetched = source.ReadAsync(item.Uri, CancellationToken.None).GetAwaiter().GetResult();
            pipeline.Run(ConflictAtlas.Core.Text.Document.Create(fetched.Article.Content, new ConflictAtlas.Core.Text.ArticleMetadata { Source = item.Uri }, fetched.Article.IsHtml));
            return (item.Uri, one.Elapsed.TotalSeconds);
        }).OrderByDescending(x => x.TotalSeconds).Take(3).ToList();
        Report("read and code only (no store)", items.Count, coding.Elapsed, "slowest: " + string.Join(", ", slowest.Select(s => string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(s.Uri)} {s.TotalSeconds:F1} s"))));

        var folder = Directory.CreateTempSubdirectory("atlas-bench-").FullName;
        await using (var sqlite = await SqliteEventStore.OpenAsync(Path.Combine(folder, "bench.db")))
        {
            await Measure("SQLite, in-process", sqlite, pipeline, items);
        }

        if (pg is null || args.Contains("--sqlite-only"))
        {
            Console.WriteLine("PostgreSQL skipped (no --pg connection string)");
            return 0;
        }

        await using (var postgres = await PostgresEventStore.OpenAsync(await CreateDatabaseAsync(pg)))
        {
            await Measure("PostgreSQL, in-process", postgres, pipeline, items);
        }

        foreach (var workers in new[] { 1, 2 })
        {
            var db = await CreateDatabaseAsync(pg);
            await using var store = await PostgresEventStore.OpenAsync(db);
            await new IngestJobs(store.DataSource).EnqueueAsync(items);
            var watch = Stopwatch.StartNew();
            var processes = Enumerable.Range(0, workers).Select(i => Worker(db, i)).ToList();
            foreach (var process in processes)
            {
                await process.WaitForExitAsync();
                process.Dispose();
            }

            watch.Stop();
            var counts = await store.CountsAsync();
            Report($"PostgreSQL, {workers} worker process(es)", counts.Documents, watch.Elapsed);
        }

        return 0;
    }

    private static async Task Measure(string label, IEventStore store, Pipeline pipeline, List<IngestItem> items)
    {
        var watch = Stopwatch.StartNew();
        var summary = await new IngestionService(pipeline, ArticleSources.Default, store).RunAsync(items);
        watch.Stop();
        Report(label, summary.Added, watch.Elapsed, $"{summary.Atoms} atoms, {summary.Failed} failed");
    }

    private static void Report(string label, long stored, TimeSpan elapsed, string extra = "") =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-36} {stored,6} reports in {elapsed.TotalSeconds,6:F2} s = {stored / elapsed.TotalSeconds,7:F1} reports/s  {extra}"));

    private static Process Worker(string db, int index)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "atlas.dll"), "worker", "--db", db, "--drain", "--name", $"bench{index}" })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start a worker");
        _ = process.StandardOutput.ReadToEndAsync();
        return process;
    }

    private static async Task<string> CreateDatabaseAsync(string server)
    {
        var name = "atlas_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"create database {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }
}
