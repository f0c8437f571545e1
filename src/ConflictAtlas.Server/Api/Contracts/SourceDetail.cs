using System.Text.Json.Nodes;

namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>One report of an event: its cleaned text, the evidence spans (half-open UTF-16 offsets into that text,
/// by field) and the boilerplate removed while cleaning it.</summary>
public sealed record SourceDetail(
    long AtomId,
    long DocumentId,
    string Uri,
    string? Title,
    string? Published,
    string? Source,
    string? Text,
    JsonObject Evidence,
    JsonNode? Removed);
