using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Deduplication;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Text;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Ingestion;
using ConflictAtlas.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ConflictAtlas.Bench;

/// <summary>Stores N one-event reports (each a distinct event) in a fresh SQLite file and reports the bytes per
/// event, scaled to a million. The report is one of the invented test cases, coded for real; copies vary the
/// date, place and toll so that deduplication keeps them apart.</summary>
public static class SizeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var keep = args.Contains("--keep");
        var template = Template();
        var folder = Directory.CreateTempSubdirectory("atlas-size-").FullName;
        var path = Path.Combine(folder, "size.db");
        var watch = Stopwatch.StartNew();
        await using (var store = await SqliteEventStore.OpenAsync(path))
        {
            for (var i = 0; i < n; i++)
            {
                await store.SaveDocumentAsync(Variant(template, i));
            }

            var counts = await store.CountsAsync();
            watch.Stop();
            using var connection = new SqliteConnection("Data Source=" + path);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "pragma wal_checkpoint(truncate)";
            command.ExecuteNonQuery();
            var bytes = new FileInfo(path).Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{counts.Documents} documents, {counts.Events} events, {counts.Revisions} revisions: {bytes / 1048576.0:F1} MiB = {bytes / (double)counts.Events:F0} bytes/event " +
                $"-> {bytes / (double)counts.Events * 1_000_000 / 1073741824.0:F2} GiB per million events (text {template.Text.Length} chars per report); " +
                $"written at {n / watch.Elapsed.TotalSeconds:F0} documents/s; load {Resident.LoadAverage()}"));
            PrintWithoutDocuments(connection, folder, counts.Events);
        }

        SqliteConnection.ClearAllPools();
        if (keep)
        {
            Console.WriteLine($"kept {path}");
        }
        else
        {
            Directory.Delete(folder, recursive: true);
        }
        return 0;
    }

    /// <summary>The bytes per event without the documents table and its indexes (a copy of the file with that table
    /// dropped, vacuumed): the target counts what the store adds to the documents it keeps.</summary>
    private static void PrintWithoutDocuments(SqliteConnection connection, string folder, long events)
    {
        var copy = Path.Combine(folder, "without-documents.db");
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"vacuum into '{copy}'";
            command.ExecuteNonQuery();
        }

        using (var other = new SqliteConnection("Data Source=" + copy + ";Pooling=false"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "pragma foreign_keys = off; drop table documents; vacuum";
            command.ExecuteNonQuery();
        }

        var bytes = new FileInfo(copy).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"without the documents table: {bytes / 1048576.0:F1} MiB = {bytes / (double)events:F0} bytes/event (target <= 3,072)"));
    }

    private static DocumentToStore Template()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ConflictAtlas.slnx")))
        {
            root = root.Parent;
        }

        var file = Path.Combine(root?.FullName ?? ".", "tests", "ConflictAtlas.Storage.Tests", "Cases", "tinzaouaten-drone-strikes", "1-wire-service.txt");
        var fetched = new FileSystemArticleSource().ReadAsync(file, CancellationToken.None).GetAwaiter().GetResult();
        var document = PipelineDefaults.Create().Run(Document.Create(fetched.Article.Content, new ArticleMetadata { Source = file }));
        return DocumentMapper.ToStore(fetched, document);
    }

    private static DocumentToStore Variant(DocumentToStore template, int i)
    {
        var atom = template.Atoms[0];
        var record = (JsonObject)atom.Record.DeepClone();
        var date = new DateOnly(2020, 1, 1).AddDays(i % 1500);
        var lat = -10 + i % 97 * 0.3;
        var lon = -10 + i / 97 % 97 * 0.3;
        record["event_date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        record["latitude"] = lat;
        record["longitude"] = lon;
        record["fatalities"] = i % 50;
        var key = atom.Key with { Date = date, Latitude = lat, Longitude = lon, GazetteerId = null };
        var text = template.Text + "\n\nDispatch " + i.ToString(CultureInfo.InvariantCulture);
        // Stored as `atlas ingest` stores a file that names no outlet: its address is its outlet.
        var uri = $"synthetic/{i}.txt";
        record["source"] = uri;
        return template with
        {
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
            Uri = uri,
            Source = uri,
            Text = text,
            Atoms = [new AtomToStore(record, key)],
        };
    }
}
