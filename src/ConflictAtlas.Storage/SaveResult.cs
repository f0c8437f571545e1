namespace ConflictAtlas.Storage;

/// <summary>What storing one document did: the atoms it added, how many joined an existing event and how many
/// started a new one.</summary>
public sealed record SaveResult(SaveOutcome Outcome, long DocumentId, int Version, int Atoms, int Merged, int Created);
