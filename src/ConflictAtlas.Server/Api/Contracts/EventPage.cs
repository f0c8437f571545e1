namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>One page of events: the page asked for, the total over every page and the sort used. Counting stops at
/// <see cref="Query.EventSearch.CountLimit"/> (<see cref="Query.EventSearch.TextCountLimit"/> with a text filter): then <see cref="TotalIsExact"/> is false and there are at least
/// <see cref="Total"/> events.</summary>
public sealed record EventPage(int Page, int PageSize, int Total, string Sort, IReadOnlyList<EventSummary> Items, bool TotalIsExact = true);
