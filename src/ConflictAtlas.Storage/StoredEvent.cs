using System.Text.Json.Nodes;

namespace ConflictAtlas.Storage;

/// <summary>A canonical event as stored: the reconciled contract fields and the reports it was read from.</summary>
public sealed record StoredEvent(long Id, string Status, JsonObject Record, IReadOnlyList<EventSource> Sources, DateTimeOffset UpdatedAt);
