using System.Text.Json.Nodes;

namespace ConflictAtlas.Core.Deduplication;

/// <summary>The merged view of one real event: contract fields without evidence (that stays with each source).</summary>
public sealed record CanonicalEvent(JsonObject Record, AtomKey Key);
