using System.Text.Json.Nodes;

namespace ConflictAtlas.Core.Evaluation;

/// <summary>One hand-coded event of the evaluation corpus, in the contract's field names; <see cref="EventKey"/> names the
/// real-world event, shared by every report that tells it (corpora with cross-report gold only).</summary>
public sealed record GoldEvent(
    string? EventDate,
    int? TimePrecision,
    string? EventType,
    string? SubEventType,
    string? Actor1,
    string? Actor2,
    string? Country,
    string? Location,
    double? Latitude,
    double? Longitude,
    int? Fatalities,
    int? FatalitiesLow,
    int? FatalitiesHigh,
    string? EventKey = null,
    string? Admin1 = null,
    int? GeoPrecision = null)
{
    /// <summary>Other acceptable names of <see cref="Actor1"/> (<c>alt_actor1</c>: acronyms, other spellings).</summary>
    public IReadOnlyList<string> AltActor1 { get; init; } = [];

    /// <summary>Other acceptable names of <see cref="Actor2"/> (<c>alt_actor2</c>).</summary>
    public IReadOnlyList<string> AltActor2 { get; init; } = [];

    /// <summary>Other acceptable sub-event types (<c>alt_sub_event_types</c>).</summary>
    public IReadOnlyList<string> AltSubEventTypes { get; init; } = [];

    /// <summary>The gold gives <c>fatalities_high: null</c> explicitly: the credible claims have no upper bound.</summary>
    public bool FatalitiesUnbounded { get; init; }

    /// <summary>A gold event from its JSON object in the corpus (missing or mistyped fields are null).</summary>
    public static GoldEvent FromJson(JsonObject e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(
            Str(e, "event_date"), Int(e, "time_precision"), Str(e, "event_type"), Str(e, "sub_event_type"), Str(e, "actor1"), Str(e, "actor2"),
            Str(e, "country"), Str(e, "location"), Dbl(e, "latitude"), Dbl(e, "longitude"), Int(e, "fatalities"), Int(e, "fatalities_low"),
            Int(e, "fatalities_high"), Str(e, "event_key"), Str(e, "admin1"), Int(e, "geo_precision"))
        {
            AltActor1 = List(e, "alt_actor1"),
            AltActor2 = List(e, "alt_actor2"),
            AltSubEventTypes = List(e, "alt_sub_event_types"),
            FatalitiesUnbounded = e.TryGetPropertyValue("fatalities_high", out var high) && high is null && e["fatalities"] is not null,
        };
    }

    private static string[] List(JsonObject e, string key) =>
        e[key] is JsonArray a ? [.. a.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()] : [];

    private static string? Str(JsonObject e, string key) => e[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static int? Int(JsonObject e, string key) => e[key] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    private static double? Dbl(JsonObject e, string key) => e[key] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;
}
