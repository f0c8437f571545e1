namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>Totals over the filtered events, and the same per ISO week (keyed by its Monday), country and type.</summary>
public sealed record EventStats(int Events, int Fatalities, IReadOnlyList<StatsBucket> Weeks, IReadOnlyList<StatsBucket> Countries, IReadOnlyList<StatsBucket> EventTypes);
