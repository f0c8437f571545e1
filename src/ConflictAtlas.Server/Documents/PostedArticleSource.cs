using ConflictAtlas.Core.Sources;

namespace ConflictAtlas.Server.Documents;

/// <summary>An article source holding one report posted to the API, under the name it is ingested as.</summary>
public sealed class PostedArticleSource(FetchedArticle article) : IArticleSource
{
    public bool Accepts(string input) => input == article.Uri;

    public IEnumerable<string> Expand(string input) => [article.Uri];

    public Task<FetchedArticle> ReadAsync(string uri, CancellationToken cancellationToken) => Task.FromResult(article);
}
