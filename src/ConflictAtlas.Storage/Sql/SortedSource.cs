namespace ConflictAtlas.Storage.Sql;

/// <summary>
/// An index that yields the events matching one part of a filter by <see cref="EventSortKey"/>, so a page in date order stops
/// after its last row and a count reads index entries only: <c>select {Key} from {Table} where {Condition}</c>.
/// </summary>
/// <param name="Table">The index and its alias, e.g. <c>event_actors s</c>.</param>
/// <param name="Key">The sort-key expression over the alias.</param>
/// <param name="Condition">The part of the filter the index answers, with its parameters already added.</param>
/// <param name="MayRepeat">True when one event can appear more than once (several matching actor names).</param>
public sealed record SortedSource(string Table, string Key, string Condition, bool MayRepeat);
