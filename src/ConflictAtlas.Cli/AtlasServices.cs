using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Reading;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Stages.Clean;

namespace ConflictAtlas.Cli;

/// <summary>Long-lived services the commands share, built once on first use.</summary>
public static class AtlasServices
{
    private static readonly Lazy<Pipeline> LazyPipeline = new(() => PipelineDefaults.Create(GazetteerLocator.Open(Console.Error)));

    public static Pipeline Pipeline => LazyPipeline.Value;


    private static readonly Lazy<HttpArticleFetcher> LazyFetcher = new(() => new HttpArticleFetcher());

    /// <summary>Fetches pages and feeds; the only HTTP client of the CLI.</summary>
    public static IArticleFetcher Fetcher => LazyFetcher.Value;

    /// <summary>Reads files, folders, URLs and feeds through the read stage.</summary>
    public static ArticleReader Reader { get; } = new(new ArticleInputs(new LazyFetcherProxy()), new ArticleTextStage());

    /// <summary>The readers that turn an INPUT argument of ingest into reports: URLs and feeds, then files and folders.</summary>
    public static ArticleSources Sources { get; } = ArticleSources.Default.With(new ReaderArticleSource(new ArticleInputs(new LazyFetcherProxy())));

    /// <summary>Creates the HTTP client only when an input needs the network.</summary>
    private sealed class LazyFetcherProxy : IArticleFetcher
    {
        public Task<FetchedResource> FetchAsync(Uri url, CancellationToken cancellationToken) => Fetcher.FetchAsync(url, cancellationToken);
    }
}
