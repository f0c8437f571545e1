using System.Text.Json.Nodes;

namespace ConflictAtlas.Storage;

/// <summary>A canonical event as stored: the reconciled contract fields and the reports it was read from, and its
/// review state (<see cref="Review.ReviewStates"/>).</summary>
public sealed record StoredEvent(long Id, string Status, JsonObject Record, IReadOnlyList<EventSource> Sources, DateTimeOffset UpdatedAt, string ReviewState = Review.ReviewStates.Unreviewed);
