namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>The map's answer: how many events match (counted as far as a page's total is), whether the points stop
/// short of them (<see cref="Truncated"/>: only the newest <see cref="Api.MapApi.Limit"/> are given), how many of those
/// have no coordinates, and the points.</summary>
public sealed record MapPoints(int Total, bool TotalIsExact, bool Truncated, int Unplaced, IReadOnlyList<MapPoint> Points);

/// <summary>One event on the map: where, what, when and its toll.</summary>
public sealed record MapPoint(
    long Id,
    double Latitude,
    double Longitude,
    string? EventType,
    string? SubEventType,
    string? Location,
    string? Admin1,
    string? Country,
    string? EventDate,
    int Fatalities);
