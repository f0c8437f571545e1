namespace ConflictAtlas.Storage;

/// <summary>Events and fatalities for one key of an aggregate.</summary>
public sealed record AggregateBucket(string Key, long Events, long Fatalities);
