namespace ConflictAtlas.Storage;

/// <summary>Events and fatalities over a filter, in total and per ISO week (keyed by its Monday), country and event type.
/// Buckets are in ordinal key order; an event without the key counts under <c>unknown</c>. <see cref="IsSample"/> is
/// true when more events matched than the limit asked for: the figures then cover only the newest of them (by date,
/// then id).</summary>
public sealed record EventAggregates(long Events, long Fatalities, IReadOnlyList<AggregateBucket> Weeks, IReadOnlyList<AggregateBucket> Countries, IReadOnlyList<AggregateBucket> EventTypes, bool IsSample = false);
