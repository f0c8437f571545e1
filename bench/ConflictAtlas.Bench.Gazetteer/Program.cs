// Gazetteer benchmark: open time, resident memory and lookups per second of the SQLite gazetteer in each load
// mode, one line per mode. Each mode runs in its own process so that memory figures do not mix.
//   dotnet run -c Release --project bench/ConflictAtlas.Bench.Gazetteer [-- DB [snapshot|query|memory]]
using System.Diagnostics;
using System.Globalization;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Storage.Gazetteer;

var db = args.Length > 0 ? args[0] : FindDefaultDb();
if (!File.Exists(db))
{
    Console.Error.WriteLine($"no gazetteer at {db}: run scripts/build-gazetteer.sh");
    return 1;
}

if (args.Length > 1)
{
    return Measure(db, Enum.Parse<GazetteerLoadMode>(args[1], ignoreCase: true));
}

var snapshot = GazetteerSnapshot.PathFor(db);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"gazetteer {db} ({new FileInfo(db).Length / 1e6:0.0} MB; snapshot {(File.Exists(snapshot) ? $"{new FileInfo(snapshot).Length / 1e6:0.0} MB" : "missing")}); " +
    $"{Environment.ProcessorCount} cores, load average {LoadAverage()}"));
foreach (var mode in new[] { "snapshot", "query", "memory" })
{
    var entry = Environment.GetCommandLineArgs()[0];
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
    // Under "dotnet app.dll" the host needs the assembly again; an app host executable does not.
    if (entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) &&
        Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
    {
        start.ArgumentList.Add(entry);
    }

    start.ArgumentList.Add(db);
    start.ArgumentList.Add(mode);
    using var child = Process.Start(start)!;
    Console.Write(child.StandardOutput.ReadToEnd());
    child.WaitForExit();
}

return 0;

static int Measure(string db, GazetteerLoadMode mode)
{
    var keys = Workload(db);
    var baseline = Rss();
    var watch = Stopwatch.StartNew();
    using var gazetteer = SqliteGazetteer.Open(db, mode);
    var open = watch.Elapsed;
    if (gazetteer.Notice is { } notice)
    {
        Console.Error.WriteLine($"{mode}: {notice}");
    }

    var composite = new CompositeGazetteer(InMemoryGazetteer.Supplement, gazetteer);

    // Cold pass (every key once), then warm passes as the pipeline would see repeated names.
    watch.Restart();
    var hits = 0;
    foreach (var key in keys)
    {
        hits += composite.Lookup(key).Count > 0 ? 1 : 0;
    }

    var cold = keys.Length / watch.Elapsed.TotalSeconds;
    const int Passes = 5;
    watch.Restart();
    for (var pass = 0; pass < Passes; pass++)
    {
        foreach (var key in keys)
        {
            _ = composite.Lookup(key);
        }
    }

    var warm = Passes * keys.Length / watch.Elapsed.TotalSeconds;

    // Misses only (the common case: capitalised words that are not places), never seen before.
    var misses = keys.Select(k => k + "qx").ToArray();
    watch.Restart();
    foreach (var key in misses)
    {
        _ = composite.Lookup(key);
    }

    var miss = misses.Length / watch.Elapsed.TotalSeconds;
    GC.Collect();
    var rss = Rss();
    var name = gazetteer.Mode == mode ? mode.ToString() : $"{mode}->{gazetteer.Mode}";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-8}: open {open.TotalMilliseconds,6:0} ms | RSS {rss / 1e6,4:0} MB | cold {cold,9:N0} /s | warm {warm,10:N0} /s | new misses {miss,10:N0} /s | " +
        $"{gazetteer.PlaceCount} places, {keys.Length} keys ({hits} hits), RSS before open {baseline / 1e6:0} MB"));
    return 0;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static long Rss()
{
    using var p = Process.GetCurrentProcess();
    p.Refresh();
    return p.WorkingSet64;
}

// Realistic keys: every 1-3 word run of capitalised words in the corpus (mostly misses), plus names sampled
// from the gazetteer itself (hits).
static string[] Workload(string db)
{
    var keys = new List<string>();
    var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(db)))!;
    var corpus = Path.Combine(root, "corpus");
    if (Directory.Exists(corpus))
    {
        foreach (var file in Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories))
        {
            var tokens = Tokenizer.Tokenize(File.ReadAllText(file));
            for (var i = 0; i < tokens.Count; i++)
            {
                for (var n = 1; n <= 3 && i + n <= tokens.Count && tokens[i + n - 1].IsCapitalized; n++)
                {
                    keys.Add(TextNormalizer.PlaceKey(string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Surface))));
                }
            }
        }
    }

    using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly"))
    {
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT key FROM names WHERE rowid % 40 = 0";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }
    }

    var random = new Random(42);
    var array = keys.ToArray();
    random.Shuffle(array);
    return array;
}

static string FindDefaultDb()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ConflictAtlas.slnx")))
        {
            return Path.Combine(dir.FullName, GazetteerDatabase.DefaultPath);
        }
    }

    return GazetteerDatabase.DefaultPath;
}
