namespace ConflictAtlas.Core.Sources;

/// <summary>
/// What a conditional GET sends: the validators of the copy already read (the server's ETag and Last-Modified). A
/// server that finds the resource unchanged answers 304, and <see cref="FetchedResource.NotModified"/> is set.
/// </summary>
public sealed record FetchConditions(string? ETag, DateTimeOffset? LastModified)
{
    public bool IsEmpty => string.IsNullOrEmpty(ETag) && LastModified is null;
}
