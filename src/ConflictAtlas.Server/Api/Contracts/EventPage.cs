namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>One page of events: the page asked for, the total over every page and the sort used.</summary>
public sealed record EventPage(int Page, int PageSize, int Total, string Sort, IReadOnlyList<EventSummary> Items);
