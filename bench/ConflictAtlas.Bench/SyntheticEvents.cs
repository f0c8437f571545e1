using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ConflictAtlas.Storage.Sql;
using ConflictAtlas.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ConflictAtlas.Bench;

/// <summary>
/// Writes synthetic canonical events straight into a SQLite store (its real schema, so the search columns, the
/// trigram index and the R*Tree are filled as the store fills them): 15 countries, the 25 ACLED sub-event types,
/// five years weighted towards the recent ones, a few hundred actors and a few thousand invented places, one report
/// per event. One transaction, one prepared command per table.
/// </summary>
public static class SyntheticEvents
{
    /// <summary>ISO numeric code, name and a centre (lat, lon) for each country; places scatter up to 4° around it.</summary>
    public static readonly (int Iso, string Name, double Lat, double Lon)[] Countries =
    [
        (466, "Mali", 16.0, -2.0), (854, "Burkina Faso", 12.5, -1.5), (562, "Niger", 15.5, 7.0), (566, "Nigeria", 9.5, 8.0),
        (148, "Chad", 14.0, 18.5), (729, "Sudan", 14.5, 30.0), (728, "South Sudan", 7.5, 30.5), (231, "Ethiopia", 9.0, 39.5),
        (706, "Somalia", 4.5, 45.5), (180, "Democratic Republic of Congo", -2.0, 27.0), (140, "Central African Republic", 6.5, 20.5),
        (120, "Cameroon", 6.0, 12.5), (508, "Mozambique", -15.0, 38.0), (434, "Libya", 28.0, 17.0), (887, "Yemen", 15.5, 46.5),
    ];

    private const int PlacesPerCountry = 250;
    private const int Admin1PerCountry = 10;
    private const int Years = 5;
    private static readonly DateOnly Start = new(2020, 1, 1);

    private static readonly string[] Syllables = ["ka", "ba", "ti", "gou", "ma", "ndi", "sa", "ko", "ra", "tin", "za", "ou", "ten", "do", "la", "mo", "ki", "bou", "se", "da", "al", "ha", "ne", "ru"];
    private static readonly string[] Outlets = ["Sahel Wire", "Daily Monitor", "Horn Observer", "Radio Liberty Desk", "Continental Press", "Regional Times", "Field Reports", "Ouaga Wire", "Nile Post", "Lake Chad Bulletin", "Coastal Herald", "Border Watch"];
    private static readonly string[] Objects = ["market", "checkpoint", "convoy", "military base", "village", "mosque", "church", "school", "gold mine", "water point", "road", "camp for displaced people", "town hall", "border post", "wedding"];
    private static readonly string[] Armed = ["Islamic State (Sahel)", "JNIM: Group for Support of Islam and Muslims", "Ansaru", "Wagner Group", "Unidentified Armed Group", "Al Shabaab", "Rapid Support Forces", "ADF: Allied Democratic Forces", "M23: March 23 Movement", "Ambazonian Separatists", "Fano Militia", "Boko Haram - JAS", "Islamic State West Africa Province (ISWAP)"];

    /// <summary>Generates <paramref name="count"/> events into a new store at <paramref name="path"/>; returns the seconds taken.</summary>
    public static async Task<double> GenerateAsync(string path, int count, int seed = 20250101)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        await (await SqliteEventStore.OpenAsync(path)).DisposeAsync();
        var taxonomy = Taxonomy();
        var random = new Random(seed);

        // Confidences come from a generator of their own, so the events are the same as before they had one.
        var confidences = new Random(seed + 1);
        var places = Countries.Select(c => Enumerable.Range(0, PlacesPerCountry).Select(_ => (Name: Name(random), Admin1: random.Next(Admin1PerCountry),
            Lat: c.Lat + (random.NextDouble() - 0.5) * 8, Lon: c.Lon + (random.NextDouble() - 0.5) * 8)).ToArray()).ToArray();
        var admin1 = Countries.Select(_ => Enumerable.Range(0, Admin1PerCountry).Select(_ => Name(random) + " Region").ToArray()).ToArray();
        var timer = Stopwatch.StartNew();

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        // A new file that is thrown away if loading fails: no journal while loading, the store's WAL mode afterwards.
        Execute(connection, "pragma journal_mode = off; pragma synchronous = off; pragma cache_size = -262144");
        var bulk = SqliteBulkLoad.Begin(connection);
        using var tx = connection.BeginTransaction();
        var actorIds = new Dictionary<string, long>(StringComparer.Ordinal);
        using var names = Prepare(connection, tx, "insert into actor_names (id, name) values ($id, $name)", "$id", "$name");
        using var doc = Prepare(connection, tx,
            "insert into documents (id, sha256, uri, version, title, published, source, language, size, text, removed_json, ingested_at) values ($id, $sha, $uri, 1, $title, $published, $source, 'en', $size, $text, '[]', $now)",
            "$id", "$sha", "$uri", "$title", "$published", "$source", "$size", "$text", "$now");
        using var atom = Prepare(connection, tx,
            "insert into atoms (id, document_id, ordinal, canonical_id, event_date, sub_event_type, actor1, actor2, iso, location, latitude, longitude, fatalities, record_json, key_json) values ($id, $id, 0, $id, $date, $sub, $a1, $a2, $iso, $loc, $lat, $lon, $fat, '{\"evidence\":{}}', '{}')",
            "$id", "$date", "$sub", "$a1", "$a2", "$iso", "$loc", "$lat", "$lon", "$fat");
        using var ev = Prepare(connection, tx,
            """
            insert into canonical_events (id, status, iso, country, event_date, time_precision, sub_event_type, fatalities, record_json, key_json, created_at, updated_at,
                admin1, event_type, actor1, actor2, location, latitude, longitude, week, search_text, confidence)
            values ($id, 'active', $iso, $country, $date, 1, $sub, $fat, $record, '{}', $now, $now, $admin1, $type, $a1, $a2, $loc, $lat, $lon, $week, $search, $confidence)
            """,
            "$id", "$iso", "$country", "$date", "$sub", "$fat", "$record", "$now", "$admin1", "$type", "$a1", "$a2", "$loc", "$lat", "$lon", "$week", "$search", "$confidence");
        using var link = Prepare(connection, tx, "insert into event_actors (actor_id, event_id, sort_key) values ($actor, $id, $key)", "$actor", "$id", "$key");

        long ActorId(string name)
        {
            if (!actorIds.TryGetValue(name, out var id))
            {
                id = actorIds.Count + 1;
                actorIds[name] = id;
                Run(names, id, name);
            }

            return id;
        }

        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var days = Years * 365;
        for (var id = 1L; id <= count; id++)
        {
            var ci = random.Next(Countries.Length);
            var country = Countries[ci];
            var place = places[ci][(int)Math.Min(PlacesPerCountry - 1, random.NextDouble() * random.NextDouble() * PlacesPerCountry)];
            // Recent years carry more events, as real datasets do: the square root skews the day towards the end.
            var date = Start.AddDays((int)(Math.Sqrt(random.NextDouble()) * days));
            var (eventType, subType, disorder) = taxonomy[random.Next(taxonomy.Length)];
            var (actor1, actor2, assoc) = ActorsFor(random, country.Name, eventType);
            var fatalities = eventType is "Protests" or "Strategic developments" || random.NextDouble() < 0.45 ? 0 : (int)Math.Floor(1 / (0.02 + random.NextDouble() * 0.98));
            var what = Objects[random.Next(Objects.Length)];
            var dateText = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var notes = $"On {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, {actor1} {Verb(eventType)} {actor2} near the {what} of {place.Name} ({admin1[ci][place.Admin1]}). {Casualties(fatalities)}";
            var outlet = Outlets[random.Next(Outlets.Length)];
            var uri = $"https://{outlet.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}.example/{date.Year}/{id}";
            var title = $"{subType} near {place.Name}";
            var record = new JsonObject
            {
                ["event_date"] = dateText, ["year"] = date.Year, ["time_precision"] = 1, ["disorder_type"] = disorder,
                ["event_type"] = eventType, ["sub_event_type"] = subType, ["actor1"] = actor1, ["assoc_actor_1"] = assoc ?? string.Empty,
                ["actor2"] = actor2, ["assoc_actor_2"] = string.Empty, ["iso"] = country.Iso, ["country"] = country.Name,
                ["admin1"] = admin1[ci][place.Admin1], ["location"] = place.Name, ["latitude"] = Math.Round(place.Lat, 4), ["longitude"] = Math.Round(place.Lon, 4),
                ["geo_precision"] = 1, ["source"] = outlet, ["notes"] = notes, ["fatalities"] = fatalities,
                ["fatalities_low"] = fatalities, ["fatalities_high"] = fatalities,
            };
            var columns = EventColumns.From(record, [(title, outlet, uri)]);
            Run(doc, id, id.ToString("x64", CultureInfo.InvariantCulture), uri, title, dateText, outlet, (long)notes.Length, notes, now);
            Run(ev, id, (long)country.Iso, country.Name, dateText, subType, (long)fatalities, record.ToJsonString(), now, columns.Admin1, eventType,
                actor1, actor2, place.Name, columns.Latitude, columns.Longitude, columns.Week, columns.SearchText,
                Math.Round(0.25 + (0.7 * Math.Sqrt(confidences.NextDouble())), 2));
            Run(atom, id, dateText, subType, actor1, actor2, (long)country.Iso, place.Name, columns.Latitude, columns.Longitude, (long)fatalities);
            foreach (var actor in columns.Actors)
            {
                Run(link, ActorId(actor), id, EventSortKey.Of(date, id));
            }
        }

        tx.Commit();
        var loaded = timer.Elapsed.TotalSeconds;
        bulk.Finish(connection);
        Execute(connection, "analyze");
        Execute(connection, "pragma journal_mode = wal");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows written in {loaded:F1} s, indexes and search tables built in {timer.Elapsed.TotalSeconds - loaded:F1} s"));
        return timer.Elapsed.TotalSeconds;
    }

    /// <summary>The actor names the generator uses for a country, for load scenarios.</summary>
    public static IReadOnlyList<string> ActorNamesOf(string country) =>
        [$"Military Forces of {country}", $"Police Forces of {country}", $"Civilians ({country})", $"Protesters ({country})", .. Armed];

    private static (string EventType, string SubType, string Disorder)[] Taxonomy() =>
        [.. ConflictAtlas.Core.Catalogs.Taxonomy.Default.All.Select(c => (c.EventType, c.SubEventType, c.DisorderType))];

    private static (string Actor1, string Actor2, string? Assoc) ActorsFor(Random random, string country, string eventType)
    {
        var state = random.Next(3) == 0 ? $"Police Forces of {country}" : $"Military Forces of {country}";
        var armed = Armed[random.Next(Armed.Length)];
        var assoc = random.Next(8) == 0 ? Armed[random.Next(Armed.Length)] : null;
        return eventType switch
        {
            "Protests" => ($"Protesters ({country})", random.Next(3) == 0 ? state : string.Empty, null),
            "Riots" => ($"Rioters ({country})", random.Next(2) == 0 ? state : $"Civilians ({country})", null),
            "Violence against civilians" => (random.Next(2) == 0 ? armed : state, $"Civilians ({country})", assoc),
            _ => random.Next(2) == 0 ? (state, armed, assoc) : (armed, state, assoc),
        };
    }

    private static string Verb(string eventType) => eventType switch
    {
        "Battles" => "clashed with",
        "Explosions/Remote violence" => "struck positions of",
        "Violence against civilians" => "attacked",
        "Protests" => "demonstrated, watched by",
        "Riots" => "rioted against",
        _ => "took over from",
    };

    private static string Casualties(int fatalities) => fatalities switch
    {
        0 => "No casualties were reported.",
        1 => "One person was killed.",
        _ => $"{fatalities} people were killed.",
    };

    private static string Name(Random random)
    {
        var parts = 2 + random.Next(2);
        var name = string.Concat(Enumerable.Range(0, parts).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new SqliteParameter(p, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
