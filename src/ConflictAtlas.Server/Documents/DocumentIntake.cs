using System.Security.Cryptography;
using System.Text;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Text;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Ingestion;

namespace ConflictAtlas.Server.Documents;

/// <summary>
/// Runs a report posted to <c>POST /api/documents</c> through the same reading, coding and storing steps as
/// <c>atlas ingest</c> (<see cref="IngestionService"/>): text and HTML as given, a URL through the fetcher.
/// </summary>
public sealed class DocumentIntake(Func<Pipeline> pipelineFactory, IArticleFetcher fetcher, IEventStore store, TimeSpan? documentBudget = null)
{
    /// <summary>Largest posted text or HTML, in characters (a long report is a few tens of thousands).</summary>
    public const int MaxChars = 1_000_000;

    private readonly Lazy<Pipeline> _pipeline = new(pipelineFactory);

    /// <summary>Stores a posted text or page; <paramref name="url"/> names it (else its SHA-256 does).</summary>
    public Task<(SaveResult? Saved, string? Error)> IngestContentAsync(string content, bool isHtml, string? url, string? published, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = Encoding.UTF8.GetBytes(content);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var name = url ?? "posted:" + sha;
        string text;
        try
        {
            // The same refusals as a file: binary signatures, NUL bytes, nothing but whitespace.
            text = TextDecoder.Decode(isHtml ? "html" : "text", bytes, declaredCharset: "utf-8", mayBeHtml: isHtml);
        }
        catch (InputException ex)
        {
            return Task.FromResult<(SaveResult?, string?)>((null, ex.Message));
        }

        var article = new FetchedArticle(name, new RawArticle(name, text, isHtml, new ArticleMetadata { Url = url }), sha, bytes.LongLength);
        var service = new IngestionService(_pipeline.Value, new ArticleSources([new PostedArticleSource(article)]), store) { DocumentBudget = documentBudget };
        return service.IngestOneAsync(new IngestItem(name, published, source), cancellationToken);
    }

    /// <summary>Fetches a page and stores it, as <c>atlas ingest URL</c> does.</summary>
    public Task<(SaveResult? Saved, string? Error)> IngestUrlAsync(string url, string? published, string? source, CancellationToken cancellationToken)
    {
        var sources = ArticleSources.Default.With(new ReaderArticleSource(new ArticleInputs(fetcher)));
        var service = new IngestionService(_pipeline.Value, sources, store) { DocumentBudget = documentBudget };
        return service.IngestOneAsync(new IngestItem(url, published, source), cancellationToken);
    }
}
