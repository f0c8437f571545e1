namespace ConflictAtlas.Core.Events;

/// <summary>
/// One row of the event taxonomy: ACLED's event type, sub-event type and disorder type, the hierarchy rank
/// (lower wins when tactics co-occur), and the equivalent codes of UCDP, CAMEO and PLOVER.
/// </summary>
public sealed record EventClass(
    string EventType,
    string SubEventType,
    string DisorderType,
    int Rank,
    int? UcdpTypeOfViolence,
    string CameoCode,
    string PloverType,
    string PloverMode)
{
    public bool IsViolent => DisorderType.Contains("Political violence", StringComparison.Ordinal);
}
