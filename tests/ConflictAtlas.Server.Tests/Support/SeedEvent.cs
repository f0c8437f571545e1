using System.Globalization;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Deduplication;
using ConflictAtlas.Storage;

namespace ConflictAtlas.Server.Tests.Support;

/// <summary>One invented event to store, built by hand so the API tests do not depend on the coder.</summary>
public sealed record SeedEvent(
    string Date, string Country, int Iso, string Admin1, string Location, double Latitude, double Longitude,
    string EventType, string SubEventType, string Actor1, string Actor2, int Fatalities, string Notes,
    string SourceName = "Test Wire", string Text = "", double Confidence = 0.9)
{
    public DocumentToStore ToDocument(string uri)
    {
        var text = Text.Length > 0 ? Text : Notes;
        var locationStart = Math.Max(0, text.IndexOf(Location, StringComparison.Ordinal));
        var record = new JsonObject
        {
            ["event_date"] = Date,
            ["time_precision"] = 1,
            ["disorder_type"] = EventType == "Protests" ? "Demonstrations" : "Political violence",
            ["event_type"] = EventType,
            ["sub_event_type"] = SubEventType,
            ["actor1"] = Actor1,
            ["actor2"] = Actor2,
            ["iso"] = Iso,
            ["country"] = Country,
            ["admin1"] = Admin1,
            ["location"] = Location,
            ["latitude"] = Latitude,
            ["longitude"] = Longitude,
            ["geo_precision"] = 1,
            ["fatalities"] = Fatalities,
            ["fatalities_low"] = Fatalities,
            ["fatalities_high"] = Fatalities,
            ["notes"] = Notes,
            ["confidence"] = Confidence,
            ["claims"] = Fatalities == 0 ? new JsonArray() : new JsonArray(new JsonObject
            {
                ["fatalities"] = Fatalities, ["vague"] = false, ["claimant"] = null,
                ["evidence"] = new JsonObject { ["start"] = 0, ["end"] = 1, ["text"] = text[..1] },
            }),
            ["evidence"] = new JsonObject
            {
                ["location"] = new JsonArray(new JsonObject { ["start"] = locationStart, ["end"] = locationStart + Location.Length, ["text"] = Location }),
            },
        };
        var key = new AtomKey(SubEventType, Actor1, Actor2, Iso, null, Latitude, Longitude, 1, DateOnly.Parse(Date, CultureInfo.InvariantCulture), 1);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(uri + text)));
        var removed = new JsonArray(new JsonObject { ["kind"] = "boilerplate", ["text"] = "Subscribe to our newsletter" }).ToJsonString();
        return new DocumentToStore(sha, uri, "Report " + uri, Date, SourceName, "en", text.Length, text, removed, [new AtomToStore(record, key)]);
    }
}
