using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Reading;

/// <summary>One read article (its document after the read stage), or why an input could not be read.</summary>
public sealed record ReadOutcome(string Input, Document? Document, string? Error);
