using System.Text.Json.Nodes;

namespace ConflictAtlas.Core.Deduplication;

/// <summary>One event as read from one report: its contract JSON (docs/event-format.md), its key and its source.</summary>
public sealed record AtomView(long AtomId, JsonObject Record, AtomKey Key, string Uri);
