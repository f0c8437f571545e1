using System.Text.Json.Nodes;
using ConflictAtlas.Core.Deduplication;

namespace ConflictAtlas.Storage;

/// <summary>One event found in one document: its contract JSON (with evidence and claims) and its dedup key.</summary>
public sealed record AtomToStore(JsonObject Record, AtomKey Key);
