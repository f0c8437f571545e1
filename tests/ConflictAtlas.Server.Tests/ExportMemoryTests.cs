using System.Net.Http.Headers;
using ConflictAtlas.Bench;
using ConflictAtlas.Storage.Accounts;
using ConflictAtlas.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ConflictAtlas.Server.Tests;

/// <summary>The whole of a large store exported through the API: the server's memory must not grow with the number of
/// events (a generous bound, far below what holding the events or the body would take).</summary>
public sealed class ExportMemoryTests : IDisposable
{
    private const int Events = 100_000;

    /// <summary>Most the managed heap may grow while an export streams; holding 100,000 parsed events takes gigabytes.</summary>
    private const long MaxGrowthBytes = 200L * 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("atlas-export-memory-").FullName;

    [Fact]
    public async Task Exporting_a_large_store_keeps_memory_flat()
    {
        var db = Path.Combine(_folder, "events.db");
        await SyntheticEvents.GenerateAsync(db, Events);
        await using var store = await SqliteEventStore.OpenAsync(db);
        await store.AddUserAsync("exporter", Roles.Reviewer, PasswordHasher.Hash("a long test password"));
        var token = ApiTokens.Create();
        await store.AddTokenAsync("exporter", ApiTokens.Sha256(token), DateTimeOffset.UtcNow.AddHours(1));
        await using var app = ServerHost.Build(new ServerOptions { Urls = "http://127.0.0.1:0", AssetsDir = Path.Combine(_folder, "no-assets") }, store);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(ServerHost.Addresses(app).Single().TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        foreach (var path in new[] { "api/events.csv", "api/events.geojson" })
        {
            await AssertFlatAsync(client, path);
        }

        await app.StopAsync();
    }

    private static async Task AssertFlatAsync(HttpClient client, string path)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = baseline;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(10);
            }
        });

        long bytes = 0, lines = 0;
        using (var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead))
        {
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                bytes += read;
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
            }
        }

        await done.CancelAsync();
        await sampler;

        // Every event came out (the CSV has a line each after its header; the GeoJSON more than one line each).
        Assert.True(lines >= Events, $"{path}: {lines} lines for {Events} events");
        Assert.True(bytes > 30L * 1024 * 1024, $"export of {bytes} bytes");
        Assert.True(peak - baseline < MaxGrowthBytes, $"{path}: managed heap grew by {(peak - baseline) / 1048576} MiB while streaming {bytes / 1048576} MiB");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
