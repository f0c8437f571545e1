namespace ConflictAtlas.Core.Evaluation;

/// <summary>One hand-coded event of the evaluation corpus, in the contract's field names.</summary>
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
    int? FatalitiesHigh);
