using System.Diagnostics;
using System.Globalization;
using ConflictAtlas.Cli;
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
        var dirs = args.TakeWhile(a => a != "--pg" && !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (dirs.Count == 0)
        {
            Console.Error.WriteLine("usage: ingest DIR... [--pg CONNECTION_STRING]");
            return 2;
        }

        var source = new FileSystemArticleSource();
        var items = dirs.SelectMany(source.Expand).Select(uri => new IngestItem(uri)).ToList();
        var pipeline = PipelineDefaults.Create(GazetteerLocator.Open(Console.Error));
        Console.WriteLine($"{items.Count} reports from {string.Join(", ", dirs)}; {Environment.ProcessorCount} cores; load {Load()}");

        // Warm-up: every report read and coded once, so no measure below pays for JIT or first-use lookups.
        CodeOnly(source, pipeline, items);
        if (args.Contains("--writer-only"))
        {
            // The writer alone, many times over (to profile it): the reports coded once, stored into fresh files.
            var ready = Coded(source, pipeline, items);
            var scratch = Directory.CreateTempSubdirectory("atlas-writer-").FullName;
            for (var round = 0; round < Options.Whole(args, "--rounds", 10); round++)
            {
                await using var sqlite = await SqliteEventStore.OpenAsync(Path.Combine(scratch, $"writer-{round}.db"));
                var watch = Stopwatch.StartNew();
                foreach (var chunk in ready.Chunk(IngestionService.DefaultBatchSize))
                {
                    await sqlite.SaveDocumentsAsync(chunk);
                }

                Report($"SQLite store only, round {round}", items.Count, items.Count / watch.Elapsed.TotalSeconds, $"load {Load()}");
            }

            return 0;
        }

        // Interleaved rounds, so a change in the machine's load touches every measure alike; the median is reported.
        var rounds = Options.Whole(args, "--rounds", 3);
        var folder = Directory.CreateTempSubdirectory("atlas-bench-").FullName;
        var code = new List<double>();
        var single = new List<double>();
        var batched = new List<double>();
        var atoms = 0;
        for (var round = 0; round < rounds; round++)
        {
            code.Add(CodeOnly(source, pipeline, items));
            foreach (var (batch, rates) in new[] { (1, single), (IngestionService.DefaultBatchSize, batched) })
            {
                await using var sqlite = await SqliteEventStore.OpenAsync(Path.Combine(folder, $"bench-{round}-{batch}.db"));
                var (rate, stored) = await MeasureAsync(sqlite, pipeline, items, batch);
                rates.Add(rate);
                atoms = stored;
            }
        }

        // The writer alone: the same reports coded beforehand, stored one per transaction and in batches.
        var coded = Coded(source, pipeline, items);
        foreach (var batch in new[] { 1, IngestionService.DefaultBatchSize })
        {
            await using var sqlite = await SqliteEventStore.OpenAsync(Path.Combine(folder, $"store-only-{batch}.db"));
            var watch = Stopwatch.StartNew();
            foreach (var chunk in coded.Chunk(batch))
            {
                await sqlite.SaveDocumentsAsync(chunk);
            }

            Report($"SQLite store only, batches of {batch}", items.Count, items.Count / watch.Elapsed.TotalSeconds, "(coded beforehand; one writer)");
        }

        var codeRate = Median(code);
        Report("read and code only (no store)", items.Count, codeRate);
        Report("SQLite, one transaction per report", items.Count, Median(single), Share(Median(single), codeRate));
        Report("SQLite, batched transactions", items.Count, Median(batched), Share(Median(batched), codeRate) + $"; {atoms} atoms; target >= 80% of read and code");
        Console.WriteLine($"load after the run: {Load()}");

        if (pg is null || args.Contains("--sqlite-only"))
        {
            Console.WriteLine("PostgreSQL skipped (no --pg connection string)");
            return 0;
        }

        await using (var postgres = await PostgresEventStore.OpenAsync(await CreateDatabaseAsync(pg)))
        {
            var (rate, _) = await MeasureAsync(postgres, pipeline, items, IngestionService.DefaultBatchSize);
            Report("PostgreSQL, in-process, batched", items.Count, rate);
        }

        foreach (var (workers, shareMachine) in new[] { (1, false), (2, false), (2, true) })
        {
            var db = await CreateDatabaseAsync(pg);
            await using var store = await PostgresEventStore.OpenAsync(db);
            await new IngestJobs(store.DataSource).EnqueueAsync(items);
            var watch = Stopwatch.StartNew();
            var processes = Enumerable.Range(0, workers).Select(i => Worker(db, i, shareMachine)).ToList();
            foreach (var process in processes)
            {
                await process.WaitForExitAsync();
                process.Dispose();
            }

            watch.Stop();
            var counts = await store.CountsAsync();
            Report($"PostgreSQL, {workers} worker process(es){(shareMachine ? ", --share-machine" : "")}", counts.Documents, counts.Documents / watch.Elapsed.TotalSeconds,
                $"load {Load()}");
        }

        return 0;
    }

    /// <summary>Every report read and coded, ready for the store.</summary>
    private static List<DocumentToStore> Coded(FileSystemArticleSource source, Pipeline pipeline, List<IngestItem> items) =>
    [
        .. items.Select(item =>
        {
            var fetched = source.ReadAsync(item.Uri, CancellationToken.None).GetAwaiter().GetResult();
            var document = pipeline.Run(ConflictAtlas.Core.Text.Document.Create(fetched.Article.Content, new ConflictAtlas.Core.Text.ArticleMetadata { Source = item.Uri }, fetched.Article.IsHtml));
            return DocumentMapper.ToStore(fetched, document);
        }),
    ];

    /// <summary>Reads and codes every report on all cores (no store); reports per second.</summary>
    private static double CodeOnly(FileSystemArticleSource source, Pipeline pipeline, List<IngestItem> items)
    {
        var watch = Stopwatch.StartNew();
        items.AsParallel().ForAll(item =>
        {
            var fetched = source.ReadAsync(item.Uri, CancellationToken.None).GetAwaiter().GetResult();
            pipeline.Run(ConflictAtlas.Core.Text.Document.Create(fetched.Article.Content, new ConflictAtlas.Core.Text.ArticleMetadata { Source = item.Uri }, fetched.Article.IsHtml));
        });
        return items.Count / watch.Elapsed.TotalSeconds;
    }

    private static async Task<(double Rate, int Atoms)> MeasureAsync(IEventStore store, Pipeline pipeline, List<IngestItem> items, int batchSize)
    {
        var watch = Stopwatch.StartNew();
        var summary = await new IngestionService(pipeline, ArticleSources.Default, store) { BatchSize = batchSize }.RunAsync(items);
        watch.Stop();
        if (summary.Added != items.Count)
        {
            throw new InvalidOperationException($"stored {summary.Added} of {items.Count} reports: {string.Join("; ", summary.Errors.Take(3))}");
        }

        return (summary.Added / watch.Elapsed.TotalSeconds, summary.Atoms);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Share(double rate, double of) => string.Create(CultureInfo.InvariantCulture, $"{100 * rate / of:F0}% of read and code");

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void Report(string label, long count, double rate, string extra = "") =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-38} {count,6} reports  {rate,7:F1} reports/s  {extra}"));

    private static Process Worker(string db, int index, bool shareMachine)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        string[] args = [Path.Combine(AppContext.BaseDirectory, "atlas.dll"), "worker", "--db", db, "--drain", "--name", $"bench{index}"];
        foreach (var arg in shareMachine ? [.. args, "--share-machine"] : args)
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
