namespace ConflictAtlas.Storage;

/// <summary>A coded document ready to store: metadata, cleaned text, removed segments (JSON) and its event atoms.</summary>
public sealed record DocumentToStore(
    string Sha256,
    string Uri,
    string? Title,
    string? Published,
    string? Source,
    string? Language,
    long Size,
    string Text,
    string RemovedJson,
    IReadOnlyList<AtomToStore> Atoms);
