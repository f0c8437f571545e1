namespace ConflictAtlas.Storage;

/// <summary>One page of a search, and how many events match in all. Counting stops at the count limit the caller
/// gave: then <see cref="TotalIsExact"/> is false and <see cref="Total"/> is that limit (there are at least that many).</summary>
public sealed record EventSearchResult(IReadOnlyList<StoredEvent> Events, long Total, bool TotalIsExact);
