using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Deduplication;

/// <summary>
/// The fields that decide whether two event records describe the same real event (ACLED: same actor pair, place,
/// day and sub-event type). Actor names are the resolved catalogue names, so spelling variants in the text do not
/// matter; places compare by gazetteer id or by distance within the place's precision.
/// </summary>
public sealed record AtomKey(
    string SubEventType,
    string Actor1,
    string Actor2,
    int? Iso,
    string? GazetteerId,
    double? Latitude,
    double? Longitude,
    int GeoPrecision,
    DateOnly? Date,
    int TimePrecision)
{
    /// <summary>Without a date, a country and coordinates an event cannot be placed in a block and is never merged.</summary>
    public bool IsMergeable => Date is not null && Iso is not null && Latitude is not null && Longitude is not null;

    public static AtomKey From(ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var place = e.Place?.Value;
        return new AtomKey(
            e.Class.Value.SubEventType,
            e.Actor1?.Value.Name ?? string.Empty,
            e.Actor2?.Value.Name ?? string.Empty,
            place?.IsoNumeric,
            place?.GazetteerId,
            place?.Latitude,
            place?.Longitude,
            place?.GeoPrecision ?? 3,
            e.Date?.Value.Date,
            e.Date?.Value.Precision ?? 3);
    }
}
