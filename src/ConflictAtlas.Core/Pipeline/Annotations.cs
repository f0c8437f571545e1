namespace ConflictAtlas.Core.Pipeline;

/// <summary>What a stage reads from, or writes onto, a <see cref="Text.Document"/>.</summary>
[Flags]
public enum Annotations
{
    None = 0,

    /// <summary>The raw input, always present.</summary>
    Raw = 1,

    /// <summary>Cleaned text, metadata and removed segments.</summary>
    Text = 2,

    Sentences = 4,
    Dates = 8,
    Numbers = 16,
    Actors = 32,
    Places = 64,
    Countries = 128,
    Events = 256,

    /// <summary>Events whose places carry coordinates.</summary>
    Geocodes = 512,

    /// <summary>The text's tokens (<see cref="Text.Document.Tokens"/>), made once for every later stage.</summary>
    Tokens = 1024,
}
