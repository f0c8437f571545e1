namespace ConflictAtlas.Core.Sources;

/// <summary>A fetched page or feed: where it ended up after redirects, what the server said it is, and its bytes.</summary>
public sealed record FetchedResource(Uri RequestedUrl, Uri FinalUrl, string? MediaType, string? Charset, byte[] Body)
{
    /// <summary>Whether the server called it HTML (or said nothing that rules HTML out).</summary>
    public bool LooksLikeHtml => MediaType is null || MediaType.Contains("html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The server answered 304 to a conditional GET: the copy read before is current, and there is no body.</summary>
    public bool NotModified { get; init; }

    /// <summary>The server's entity tag for this version, sent back on the next conditional GET.</summary>
    public string? ETag { get; init; }

    /// <summary>When the server says this version last changed (the Last-Modified header).</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>The validators to send when asking for this resource again.</summary>
    public FetchConditions Conditions => new(ETag, LastModified);
}
