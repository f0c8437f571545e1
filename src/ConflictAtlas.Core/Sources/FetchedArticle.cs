namespace ConflictAtlas.Core.Sources;

/// <summary>An article as read from its source: the decoded content plus the SHA-256 of the bytes as stored.</summary>
public sealed record FetchedArticle(string Uri, RawArticle Article, string Sha256, long Size)
{
    /// <summary>An article read from something other than stored bytes (a feed item, a fetched page): its content
    /// as UTF-8 stands for the bytes.</summary>
    public static FetchedArticle FromContent(string uri, RawArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var bytes = System.Text.Encoding.UTF8.GetBytes(article.Content);
        return new FetchedArticle(uri, article, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), bytes.LongLength);
    }
}
