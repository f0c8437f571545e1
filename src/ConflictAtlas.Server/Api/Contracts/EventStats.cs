namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>Totals over the filtered events, and the same per ISO week (keyed by its Monday), country and type. With a
/// text filter the figures cover at most the newest <see cref="Query.EventSearch.TextStatsLimit"/> matching events:
/// <see cref="Sampled"/> is true when more matched (then <see cref="Events"/> is that limit, not the number of matches).</summary>
public sealed record EventStats(int Events, int Fatalities, IReadOnlyList<StatsBucket> Weeks, IReadOnlyList<StatsBucket> Countries, IReadOnlyList<StatsBucket> EventTypes, bool Sampled = false);
