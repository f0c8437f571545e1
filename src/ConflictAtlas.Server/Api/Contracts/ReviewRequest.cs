using System.Text.Json.Nodes;

namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>The body of a review action: the reason, plus what the action needs (fields to correct, the event to
/// merge in, the source to split off).</summary>
public sealed record ReviewRequest(string? Reason, JsonObject? Fields = null, long? OtherId = null, long? AtomId = null);
