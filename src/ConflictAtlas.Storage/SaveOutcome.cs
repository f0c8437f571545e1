namespace ConflictAtlas.Storage;

public enum SaveOutcome
{
    /// <summary>A document not seen before.</summary>
    Added,

    /// <summary>New content at a uri already stored: a new version that supersedes the older one's events.</summary>
    NewVersion,

    /// <summary>The same bytes were stored before: nothing was written.</summary>
    Duplicate,
}
