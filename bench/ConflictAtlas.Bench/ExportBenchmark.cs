using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ConflictAtlas.Server;
using ConflictAtlas.Storage.Accounts;
using ConflictAtlas.Storage.Sqlite;

namespace ConflictAtlas.Bench;

/// <summary>
/// Exports of a large store through the real server: each export (CSV, GeoJSON) of every synthetic event is streamed
/// by a signed-in client (an API token, so there is no page cap) while the process's resident memory is sampled; then
/// three whole exports run in parallel while other clients drive <c>/api/events</c> pages, whose latency is reported.
/// The server and its clients share this process, so the resident figures are an upper bound for the server alone.
/// </summary>
public static class ExportBenchmark
{
    private const int DefaultEvents = 1_000_000;
    private const int DefaultSeconds = 30;
    private const int ParallelExports = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var events = Options.Whole(args, "--events", DefaultEvents);
        var seconds = Options.Whole(args, "--seconds", DefaultSeconds);
        var db = Options.Get(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"atlas-bench-{events}.db");
        await QueryBenchmark.EnsureStoreAsync(db, events, args.Contains("--regenerate"));

        await using var store = await SqliteEventStore.OpenAsync(db);
        var token = await TokenAsync(store);
        await using var app = ServerHost.Build(new ServerOptions { Urls = "http://127.0.0.1:0", AssetsDir = Path.Combine(Path.GetTempPath(), "atlas-bench-no-assets") }, store);
        await app.StartAsync();
        var baseUri = new Uri(ServerHost.Addresses(app).Single().TrimEnd('/') + "/");
        using var exporter = new HttpClient { BaseAddress = baseUri, Timeout = Timeout.InfiniteTimeSpan };
        exporter.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var pages = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 2 }) { BaseAddress = baseUri };
        Console.WriteLine($"server on {baseUri} over {db}, {Environment.ProcessorCount} cores; before: {Resident.Now()}");
        Console.WriteLine();
        Console.WriteLine("| export | events | MiB sent | seconds | peak RSS MiB | peak anonymous MiB | peak file-backed MiB | managed heap MiB |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var path in new[] { "api/events.csv", "api/events.geojson" })
        {
            using var sampler = Resident.Sample();
            var (bytes, lines, taken) = await DrainAsync(exporter, path);
            var peak = sampler.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{path}` | {events:N0} | {bytes / 1048576.0:N0} | {taken:F1} | {peak.Rss:N0} | {peak.Anonymous:N0} | {peak.File:N0} | {peak.Managed:N0} |"));
            if (lines < events)
            {
                Console.Error.WriteLine($"{path}: only {lines} lines for {events} events");
                return 1;
            }
        }

        Console.WriteLine();
        Console.WriteLine($"`/api/events` pages, 2 clients, {seconds} s: alone, then with {ParallelExports} whole exports in parallel (CSV, GeoJSON, CSV)");
        Console.WriteLine();
        Console.WriteLine("| while | requests | p50 ms | p95 ms | p99 ms | max ms | peak RSS MiB | peak anonymous MiB | exports done | load average |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        var duration = TimeSpan.FromSeconds(seconds);
        using (var sampler = Resident.Sample())
        {
            var alone = await QueryBenchmark.DriveAsync(pages, PageMix, 2, duration);
            Report("nothing else", alone, sampler.Stop(), 0);
        }

        using (var sampler = Resident.Sample())
        {
            using var stop = new CancellationTokenSource();
            var finished = 0;
            var exports = Enumerable.Range(0, ParallelExports).Select(i => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await DrainAsync(exporter, i == 1 ? "api/events.geojson" : "api/events.csv", stop.Token);
                    if (!stop.IsCancellationRequested)
                    {
                        Interlocked.Increment(ref finished);
                    }
                }
            })).ToList();
            // Let the exports get going before the pages are timed.
            await Task.Delay(TimeSpan.FromSeconds(2));
            var loaded = await QueryBenchmark.DriveAsync(pages, PageMix, 2, duration);
            var peak = sampler.Stop();
            await stop.CancelAsync();
            try
            {
                await Task.WhenAll(exports);
            }
            catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException or IOException)
            {
                // The exports still running are cut off at the end of the timed period.
            }

            Report($"{ParallelExports} exports", loaded, peak, finished);
            await app.StopAsync();
            return loaded.Errors == 0 ? 0 : 1;
        }
    }

    /// <summary>A mix of pages: no filter, a country and a year, a text search, a deep page.</summary>
    private static string PageMix(Random r)
    {
        var countries = SyntheticEvents.Countries;
        var iso = countries[r.Next(countries.Length)].Iso.ToString(CultureInfo.InvariantCulture);
        return r.Next(4) switch
        {
            0 => "api/events",
            1 => $"api/events?iso={iso}&from=2023-01-01&to=2023-12-31",
            2 => "api/events?q=market",
            _ => $"api/events?iso={iso}&page=20",
        };
    }

    private static void Report(string what, LoadResult result, Resident.Peak peak, int exports)
    {
        var errors = result.Errors > 0 ? $" {result.Errors} errors, e.g. {result.FirstError}" : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {result.Count:N0} | {result.P(50):F1} | {result.P(95):F1} | {result.P(99):F1} | {result.P(100):F1} | {peak.Rss:N0} | {peak.Anonymous:N0} | {exports} | {Resident.LoadAverage()} |{errors}"));
    }

    /// <summary>Reads a whole export and throws it away: its bytes, its lines and the seconds it took.</summary>
    private static async Task<(long Bytes, long Lines, double Seconds)> DrainAsync(HttpClient client, string path, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"{path}: {(int)response.StatusCode}");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[1 << 16];
        long bytes = 0, lines = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return (bytes, lines, watch.Elapsed.TotalSeconds);
    }

    /// <summary>An API token of a reviewer account made for the benchmark (added to the store on first use).</summary>
    private static async Task<string> TokenAsync(SqliteEventStore store)
    {
        const string Name = "bench-exporter";
        if (await store.FindCredentialsAsync(Name) is null)
        {
            await store.AddUserAsync(Name, Roles.Reviewer, PasswordHasher.Hash(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))));
        }

        var token = ApiTokens.Create();
        await store.AddTokenAsync(Name, ApiTokens.Sha256(token), DateTimeOffset.UtcNow.AddDays(1));
        return token;
    }
}
