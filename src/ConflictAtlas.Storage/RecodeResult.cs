namespace ConflictAtlas.Storage;

/// <summary>What coding a stored report again did: whether its events changed, how many it had before and has now,
/// and how many of the new ones joined an existing event or started one.</summary>
public sealed record RecodeResult(bool Changed, int Before, int After, int Merged, int Created);
