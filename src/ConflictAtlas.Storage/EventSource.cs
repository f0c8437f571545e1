using System.Text.Json.Nodes;

namespace ConflictAtlas.Storage;

/// <summary>One report of a canonical event: the atom, its document (uri exactly as given to ingest) and the
/// evidence spans of the atom, which point into that document's cleaned text.</summary>
public sealed record EventSource(long AtomId, long DocumentId, string Uri, string? Title, string? Published, string? Source, JsonObject Evidence);
