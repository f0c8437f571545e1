namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>One event in a list: the fields a table or a map needs.</summary>
public sealed record EventSummary(
    long Id,
    string? EventDate,
    string? EventType,
    string? SubEventType,
    string? Actor1,
    string? Actor2,
    string? Country,
    int? Iso,
    string? Admin1,
    string? Location,
    double? Latitude,
    double? Longitude,
    int Fatalities,
    string? Notes,
    int SourceCount);
