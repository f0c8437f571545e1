using System.Diagnostics;
using System.Globalization;
using System.Net;
using ConflictAtlas.Server;
using ConflictAtlas.Storage.Sqlite;

namespace ConflictAtlas.Bench;

/// <summary>
/// The API under load: generates synthetic events into a SQLite file (or reuses it), starts the real server on
/// 127.0.0.1 and drives each request mix with a fixed number of concurrent HttpClient workers for a fixed time,
/// then prints latency percentiles and throughput as a Markdown table. Every response must be 200.
/// </summary>
public static class QueryBenchmark
{
    private const int DefaultEvents = 1_000_000;
    private const int DefaultConcurrency = 4;
    private const double DefaultSeconds = 10;
    private const int WarmupRequests = 30;

    public static async Task<int> RunAsync(string[] args)
    {
        var events = Options.Whole(args, "--events", DefaultEvents);
        var concurrency = Options.Whole(args, "--concurrency", DefaultConcurrency);
        var seconds = Options.Whole(args, "--seconds", (int)DefaultSeconds);
        var db = Options.Get(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"atlas-bench-{events}.db");
        await EnsureStoreAsync(db, events, args.Contains("--regenerate"));

        await using var store = await SqliteEventStore.OpenAsync(db);
        await using var app = ServerHost.Build(new ServerOptions { Urls = "http://127.0.0.1:0", AssetsDir = Path.Combine(Path.GetTempPath(), "atlas-bench-no-assets") }, store);
        await app.StartAsync();
        var baseUri = new Uri(ServerHost.Addresses(app).Single().TrimEnd('/') + "/");
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = baseUri };
        Console.WriteLine($"server on {baseUri}, {concurrency} concurrent clients, {seconds} s per mix, {Environment.ProcessorCount} cores");
        Console.WriteLine();
        Console.WriteLine("| request mix | requests | req/s | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var failed = false;
        var only = Options.Get(args, "--only");
        foreach (var (name, request) in Mixes().Where(m => only is null || m.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            var result = await DriveAsync(client, request, concurrency, TimeSpan.FromSeconds(seconds));
            failed |= result.Errors > 0;
            var errors = result.Errors > 0 ? $" {result.Errors} errors, e.g. {result.FirstError}" : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {result.Count:N0} | {result.PerSecond:N0} | {result.P(50):F1} | {result.P(95):F1} | {result.P(99):F1} | {result.P(100):F1} |{errors}"));
        }

        await app.StopAsync();
        return failed ? 1 : 0;
    }

    /// <summary>Generates <paramref name="events"/> synthetic events into <paramref name="db"/> unless it exists.</summary>
    public static async Task EnsureStoreAsync(string db, int events, bool regenerate)
    {
        if (File.Exists(db) && !regenerate)
        {
            return;
        }

        Console.WriteLine($"generating {events:N0} events into {db} ...");
        var taken = await SyntheticEvents.GenerateAsync(db, events);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated in {taken:F1} s ({events / taken:N0} events/s), file {new FileInfo(db).Length / 1048576.0:N0} MiB"));
    }

    /// <summary>The request mixes: each draws its parameters at random from the synthetic data's values.</summary>
    private static IEnumerable<(string Name, Func<Random, string> Next)> Mixes()
    {
        var countries = SyntheticEvents.Countries;
        var subTypes = ConflictAtlas.Core.Catalogs.Taxonomy.Default.All.Select(c => c.SubEventType).ToArray();
        string Country(Random r) => countries[r.Next(countries.Length)].Iso.ToString(CultureInfo.InvariantCulture);
        string Range(Random r, int days)
        {
            var from = new DateOnly(2020, 1, 1).AddDays(r.Next(5 * 365 - days));
            return $"from={from:yyyy-MM-dd}&to={from.AddDays(days):yyyy-MM-dd}";
        }

        string Box(Random r)
        {
            var c = countries[r.Next(countries.Length)];
            return string.Create(CultureInfo.InvariantCulture, $"bbox={c.Lon - 1:F2},{c.Lat - 1:F2},{c.Lon + 1:F2},{c.Lat + 1:F2}");
        }

        string[] words = ["market", "convoy", "checkpoint", "wedding", "gold mine", "Ouaga Wire", "displaced", "mosque", "were killed", "Border Watch"];
        yield return ("`/api/events` first page, no filter", _ => "api/events");
        yield return ("`/api/events` country + 90-day range", r => $"api/events?iso={Country(r)}&{Range(r, 90)}");
        yield return ("`/api/events` country + 1-year range, page 2", r => $"api/events?iso={Country(r)}&{Range(r, 365)}&page=2");
        yield return ("`/api/events` sub_event_type", r => $"api/events?sub_event_type={Uri.EscapeDataString(subTypes[r.Next(subTypes.Length)])}");
        yield return ("`/api/events` actor (either side)", r =>
        {
            var c = countries[r.Next(countries.Length)];
            var names = SyntheticEvents.ActorNamesOf(c.Name);
            return $"api/events?actor={Uri.EscapeDataString(names[r.Next(names.Count)])}";
        });
        yield return ("`/api/events` bbox 2°×2°", r => $"api/events?{Box(r)}");
        yield return ("`/api/events` text search", r => $"api/events?q={Uri.EscapeDataString(words[r.Next(words.Length)])}");
        yield return ("`/api/events` text search + country", r => $"api/events?q={Uri.EscapeDataString(words[r.Next(words.Length)])}&iso={Country(r)}");
        yield return ("`/api/events` min_fatalities=10 sorted by fatalities", _ => "api/events?min_fatalities=10&sort=-fatalities");
        yield return ("`/api/events` deep page (page 200 × 50)", _ => "api/events?page=200");
        yield return ("`/api/events` deep page, country (page 100 × 50)", r => $"api/events?iso={Country(r)}&page=100");
        yield return ("`/api/map` no filter (the newest 10,000)", _ => "api/map");
        yield return ("`/api/map` country + 1-year range", r => $"api/map?iso={Country(r)}&{Range(r, 365)}");
        yield return ("`/api/map` bbox 2°×2°", r => $"api/map?{Box(r)}");
        yield return ("`/api/stats` no filter", _ => "api/stats");
        yield return ("`/api/stats` country", r => $"api/stats?iso={Country(r)}");
        yield return ("`/api/stats` country + 1-year range", r => $"api/stats?iso={Country(r)}&{Range(r, 365)}");
        yield return ("`/api/stats` event_type + text", r => $"api/stats?event_type=Battles&q={Uri.EscapeDataString(words[r.Next(words.Length)])}");
    }

    /// <summary>Drives one request mix with <paramref name="concurrency"/> workers for <paramref name="duration"/>.</summary>
    public static async Task<LoadResult> DriveAsync(HttpClient client, Func<Random, string> next, int concurrency, TimeSpan duration)
    {
        var warm = new Random(1);
        for (var i = 0; i < WarmupRequests; i++)
        {
            using var response = await client.GetAsync(new Uri(next(warm), UriKind.Relative));
        }

        var latencies = new List<double>[concurrency];
        var errors = 0;
        string? firstError = null;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var random = new Random(100 + worker);
            var mine = latencies[worker] = [];
            while (total.Elapsed < duration)
            {
                var path = next(random);
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                mine.Add(watch.Elapsed.TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors);
                    firstError ??= $"{(int)response.StatusCode} {path}";
                }
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all, total.Elapsed.TotalSeconds, errors, firstError);
    }
}
