using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Deduplication;

/// <summary>
/// The fields that decide whether two event records describe the same real event (ACLED: same actor pair, place,
/// day and sub-event type). Actor names are the resolved catalogue names, so spelling variants in the text do not
/// matter; places compare by gazetteer id, by distance within the place's precision, or by the region a region-level
/// place names. <see cref="Location"/> and <see cref="Fatalities"/> (the report's own toll) serve the score and the
/// explanation of a decision; keys stored before they existed read them as null. <see cref="DateSource"/> says where
/// the date came from (the text, the page's date, or only the day the report was read); keys stored before it existed
/// read it as a date of the text. <see cref="Admin2"/> (the district) lets a town match the district its seat names;
/// keys stored before it existed read it as null.
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
    int TimePrecision,
    string? Admin1 = null,
    string? Location = null,
    int? Fatalities = null,
    DateSource DateSource = DateSource.Text,
    string? Admin2 = null)
{
    /// <summary>Without a date and a country an event cannot be placed in a block and is never merged (without
    /// coordinates it still merges with a record that names the same place or region).</summary>
    public bool IsMergeable => Date is not null && Iso is not null;

    /// <summary>True when the date is only the day the report was read: the event is some time before it.</summary>
    public bool IsReadDay => DateSource is DateSource.ReadDay or DateSource.ReadDayWeekday;

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
            e.Date?.Value.Precision ?? 3,
            place?.Admin1,
            place?.Name,
            e.Fatalities?.Value.Best,
            e.Date?.Value.Source ?? DateSource.Text,
            place?.Admin2);
    }
}
