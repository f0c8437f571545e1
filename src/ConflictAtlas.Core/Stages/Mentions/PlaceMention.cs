using ConflictAtlas.Core.Geo;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// A toponym in the text with its gazetteer candidates and the one chosen (null when none fits: reported as
/// unresolved, never invented). <see cref="Cue"/> is the phrase that introduced it ("the town of", "near").
/// <see cref="Reason"/> says why the choice was made.
/// </summary>
public sealed record PlaceMention(
    string Surface,
    IReadOnlyList<GazetteerEntry> Candidates,
    GazetteerEntry? Resolved,
    string? Cue,
    bool IsNear,
    string Reason)
{
    /// <summary>The text says the place is an inhabited one: its cue names a settlement ("the village of", "la localité
    /// de") or an apposition after it does ("Tamkoura, a small farming village"). Set for places the gazetteer lacks.</summary>
    public bool IsSettlement { get; init; }

    /// <summary>"in the capital" told without the city's name: the country's capital city, which places an event that
    /// nothing else places beyond its country, but makes no sentence an event of its own nor a place for others.</summary>
    public bool IsUnnamedCapital { get; init; }

    /// <summary>ACLED's geo_precision of the chosen place: 1 the town, 2 near it, 3 a region; 0 when unresolved.</summary>
    public int GeoPrecision => Resolved is null ? 0 : Resolved.IsAdmin1 ? 3 : IsNear || Resolved.IsWater ? 2 : 1;
}
