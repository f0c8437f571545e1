namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>The stored document's id, whether it was new, and the events it reports.</summary>
public sealed record DocumentStored(long DocumentId, string Outcome, IReadOnlyList<long> EventIds);
