using System.Text.Json.Nodes;

namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>One change to an event: who, when, the action, what changed and why.</summary>
public sealed record RevisionDetail(long Id, DateTimeOffset At, string Who, string Action, JsonNode? What, string Why);
