namespace ConflictAtlas.Core.Sources;

/// <summary>A fetched page or feed: where it ended up after redirects, what the server said it is, and its bytes.</summary>
public sealed record FetchedResource(Uri RequestedUrl, Uri FinalUrl, string? MediaType, string? Charset, byte[] Body)
{
    /// <summary>Whether the server called it HTML (or said nothing that rules HTML out).</summary>
    public bool LooksLikeHtml => MediaType is null || MediaType.Contains("html", StringComparison.OrdinalIgnoreCase);
}
