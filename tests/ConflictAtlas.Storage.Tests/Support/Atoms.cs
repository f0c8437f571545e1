using ConflictAtlas.Core.Events;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Deduplication;
using ConflictAtlas.Storage;

namespace ConflictAtlas.Storage.Tests.Support;

/// <summary>Builds stored documents and atoms by hand, so store tests do not depend on the coder.</summary>
public static class Atoms
{
    public static AtomToStore Make(
        string date, string location, double lat, double lon, int fatalities = 0, string subType = "Armed clash",
        string actor1 = "Military Forces of Mali (2021-)", string actor2 = "JNIM: Group for Support of Islam and Muslims",
        int timePrecision = 1, int geoPrecision = 1, string? gazetteerId = null, int iso = 466, string country = "Mali", string? admin1 = null,
        DateSource dateSource = DateSource.Text, string? admin2 = null)
    {
        var record = new JsonObject
        {
            ["event_date"] = date,
            ["time_precision"] = timePrecision,
            ["disorder_type"] = "Political violence",
            ["event_type"] = "Battles",
            ["sub_event_type"] = subType,
            ["actor1"] = actor1,
            ["inter1"] = "State forces",
            ["actor2"] = actor2,
            ["inter2"] = "Political militia",
            ["iso"] = iso,
            ["country"] = country,
            ["location"] = location,
            ["latitude"] = lat,
            ["longitude"] = lon,
            ["geo_precision"] = geoPrecision,
            ["fatalities"] = fatalities,
            ["fatalities_low"] = fatalities,
            ["fatalities_high"] = fatalities,
            ["notes"] = $"{fatalities} killed in {location}",
            ["confidence"] = 0.9,
            ["claims"] = fatalities == 0 ? new JsonArray() : new JsonArray(new JsonObject
            {
                ["fatalities"] = fatalities, ["vague"] = false, ["claimant"] = null,
                ["evidence"] = new JsonObject { ["start"] = 0, ["end"] = 5, ["text"] = "claim" },
            }),
            ["evidence"] = new JsonObject { ["location"] = new JsonArray(new JsonObject { ["start"] = 0, ["end"] = location.Length, ["text"] = location }) },
        };
        var key = new AtomKey(
            subType, actor1, actor2, iso, gazetteerId, lat, lon, geoPrecision, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), timePrecision,
            admin1, location, fatalities, dateSource, admin2);
        return new AtomToStore(record, key);
    }

    public static DocumentToStore Document(string uri, string content, params AtomToStore[] atoms) =>
        new(Sha(content), uri, "title of " + uri, "2025-03-04", "Test Wire", "en", content.Length, content, "[]", atoms);

    public static string Sha(string content) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content)));
}
