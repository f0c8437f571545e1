using Microsoft.Data.Sqlite;

namespace ConflictAtlas.Storage.Gazetteer;

/// <summary>Writes places with their name keys and searchable names through prepared statements.</summary>
internal sealed class PlaceWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly IReadOnlyDictionary<string, string> _adminNames;
    private readonly SqliteCommand _insertPlace;
    private readonly SqliteCommand _insertName;
    private readonly SqliteCommand _insertFts;

    public PlaceWriter(SqliteConnection connection, IReadOnlyDictionary<string, string> adminNames)
    {
        _connection = connection;
        _adminNames = adminNames;
        _insertPlace = Prepare("""
            INSERT INTO places(geonameid, name, country, admin1_code, admin1, admin2, lat, lon, population, feature_class, feature_code, source)
            VALUES ($gid, $name, $country, $a1code, $a1, $a2, $lat, $lon, $pop, $fclass, $fcode, $source) RETURNING id
            """, "$gid", "$name", "$country", "$a1code", "$a1", "$a2", "$lat", "$lon", "$pop", "$fclass", "$fcode", "$source");
        _insertName = Prepare("INSERT INTO names(key, place_id) VALUES ($key, $id)", "$key", "$id");
        _insertFts = Prepare("INSERT INTO names_fts(name, place_id) VALUES ($name, $id)", "$name", "$id");
    }

    public int Places { get; private set; }

    public void Dispose()
    {
        _insertPlace.Dispose();
        _insertName.Dispose();
        _insertFts.Dispose();
    }

    public void Write(GeoNamesRow row, IEnumerable<string> alternateNames, string source, bool replace = false)
    {
        if (replace)
        {
            Delete(row.GeonameId);
        }

        var a1Code = row.Admin1Code.Length > 0 ? row.CountryIso2 + "." + row.Admin1Code : null;
        var admin1 = a1Code is not null ? _adminNames.GetValueOrDefault(a1Code) : null;
        var admin2 = a1Code is not null && row.Admin2Code.Length > 0 ? _adminNames.GetValueOrDefault(a1Code + "." + row.Admin2Code) : null;
        var id = InsertPlace(row.GeonameId, row.Name, row.CountryIso2, a1Code, admin1, admin2, row.Latitude, row.Longitude, row.Population, row.FeatureClass, row.FeatureCode, source);
        var names = new List<string> { row.Name, row.AsciiName };
        names.AddRange(alternateNames);
        if (row.FeatureCode == "ADM1")
        {
            names.AddRange(names.Select(PlaceNames.WithoutRegionWord).OfType<string>().ToList());
        }

        InsertNames(id, names, []);
    }

    /// <summary>A place without a geonameid (its id in the gazetteer is then its row number).</summary>
    public void WriteUnnumbered(GeoNamesRow row, string source)
    {
        var a1Code = row.Admin1Code.Length > 0 ? row.CountryIso2 + "." + row.Admin1Code : null;
        var admin1 = a1Code is not null ? _adminNames.GetValueOrDefault(a1Code) : null;
        var admin2 = a1Code is not null && row.Admin2Code.Length > 0 ? _adminNames.GetValueOrDefault(a1Code + "." + row.Admin2Code) : null;
        var id = InsertPlace(null, row.Name, row.CountryIso2, a1Code, admin1, admin2, row.Latitude, row.Longitude, 0, row.FeatureClass, row.FeatureCode, source);
        InsertNames(id, [row.Name], []);
    }

    /// <summary>Admin1 regions as places ('A', 'ADM1'), located at their seat.</summary>
    public void WriteRegions(IEnumerable<(string Code, string Name)> regions, IReadOnlyDictionary<string, GeoNamesRow> seats)
    {
        foreach (var (code, name) in regions)
        {
            if (!seats.TryGetValue(code, out var seat))
            {
                continue;
            }

            var how = seat.FeatureCode is "PPLA" or "PPLC" ? "its capital" : "its most populous place";
            var id = InsertPlace(null, name, code[..2], code, name, null, seat.Latitude, seat.Longitude, 0, 'A', "ADM1",
                $"{GazetteerDatabase.Cities500Source}: region placed at {how}, {seat.Name}");
            InsertNames(id, [name, .. PlaceNames.WithoutRegionWord(name) is { } shortName ? [shortName] : Array.Empty<string>()], []);
        }
    }

    /// <summary>Adds names to an existing place (alternateNamesV2 rows).</summary>
    public void AddNames(long geonameId, IEnumerable<string> names)
    {
        using var find = _connection.CreateCommand();
        find.CommandText = "SELECT id FROM places WHERE geonameid = $gid";
        find.Parameters.AddWithValue("$gid", geonameId);
        if (find.ExecuteScalar() is not long id)
        {
            return;
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        using var keys = _connection.CreateCommand();
        keys.CommandText = "SELECT key FROM names WHERE place_id = $id";
        keys.Parameters.AddWithValue("$id", id);
        using (var reader = keys.ExecuteReader())
        {
            while (reader.Read())
            {
                known.Add(reader.GetString(0));
            }
        }

        InsertNames(id, names, known);
    }

    private void Delete(long geonameId)
    {
        GazetteerDatabase.Execute(_connection, "DELETE FROM names WHERE place_id IN (SELECT id FROM places WHERE geonameid = $gid)", ("$gid", geonameId));
        GazetteerDatabase.Execute(_connection, "DELETE FROM names_fts WHERE place_id IN (SELECT id FROM places WHERE geonameid = $gid)", ("$gid", geonameId));
        GazetteerDatabase.Execute(_connection, "DELETE FROM places WHERE geonameid = $gid", ("$gid", geonameId));
    }

    private long InsertPlace(long? geonameId, string name, string country, string? a1Code, string? admin1, string? admin2, double lat, double lon, long population, char fclass, string fcode, string source)
    {
        var p = _insertPlace.Parameters;
        p["$gid"].Value = geonameId is { } g ? g : DBNull.Value;
        p["$name"].Value = name;
        p["$country"].Value = country;
        p["$a1code"].Value = (object?)a1Code ?? DBNull.Value;
        p["$a1"].Value = (object?)admin1 ?? DBNull.Value;
        p["$a2"].Value = (object?)admin2 ?? DBNull.Value;
        p["$lat"].Value = lat;
        p["$lon"].Value = lon;
        p["$pop"].Value = population;
        p["$fclass"].Value = fclass.ToString();
        p["$fcode"].Value = fcode;
        p["$source"].Value = source;
        Places++;
        return (long)_insertPlace.ExecuteScalar()!;
    }

    private void InsertNames(long id, IEnumerable<string> names, HashSet<string> known)
    {
        var searchable = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (PlaceNames.KeyOf(name) is not { } key)
            {
                continue;
            }

            if (known.Add(key))
            {
                _insertName.Parameters["$key"].Value = key;
                _insertName.Parameters["$id"].Value = id;
                _insertName.ExecuteNonQuery();
            }

            if (searchable.Add(name.Trim()))
            {
                _insertFts.Parameters["$name"].Value = name.Trim();
                _insertFts.Parameters["$id"].Value = id;
                _insertFts.ExecuteNonQuery();
            }
        }
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new SqliteParameter { ParameterName = p });
        }

        return cmd;
    }
}
