using System.Runtime.CompilerServices;
using ConflictAtlas.Core.Sources.Feeds;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Sources;

/// <summary>
/// The standard <see cref="IInputReader"/>: a file (<c>.txt</c>, <c>.html</c>, <c>.htm</c>, <c>.html.gz</c>), a
/// folder (recursed, hidden entries skipped, in ordinal order), an http(s) URL, or an RSS/Atom feed as a file
/// (<c>.xml</c>, <c>.rss</c>, <c>.atom</c>, or any input whose content is a feed) or a URL. Each feed item becomes
/// an article: its link is fetched, and the item's own content is used when there is no link or the fetch fails.
/// </summary>
public sealed class ArticleInputs(IArticleFetcher fetcher) : IInputReader
{
    public static IReadOnlySet<string> FeedExtensions { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".xml", ".rss", ".atom" };

    public async IAsyncEnumerable<InputOutcome> ReadAsync(string input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (IsUrl(input, out var url))
        {
            await foreach (var outcome in ReadUrlAsync(input, url, cancellationToken).ConfigureAwait(false))
            {
                yield return outcome;
            }
        }
        else if (Directory.Exists(input))
        {
            foreach (var file in FilesUnder(input))
            {
                await foreach (var outcome in ReadFileAsync(file, cancellationToken).ConfigureAwait(false))
                {
                    yield return outcome;
                }
            }
        }
        else
        {
            await foreach (var outcome in ReadFileAsync(input, cancellationToken).ConfigureAwait(false))
            {
                yield return outcome;
            }
        }
    }

    /// <summary>Whether <paramref name="input"/> is an absolute http or https URL.</summary>
    public static bool IsUrl(string input, out Uri url)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Uri.TryCreate(input, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps))
        {
            url = parsed;
            return true;
        }

        url = null!;
        return false;
    }

    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Where(f => FileArticleSource.SupportedExtensions.Contains(FileArticleSource.Extension(f)) || FeedExtensions.Contains(FileArticleSource.Extension(f)))
            .Order(StringComparer.Ordinal);
    }

    private async IAsyncEnumerable<InputOutcome> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? feedText = null;
        RawArticle? article = null;
        string? error = null;
        try
        {
            if (FeedExtensions.Contains(FileArticleSource.Extension(path)) && File.Exists(path))
            {
                var info = new FileInfo(path);
                if (info.Length > FileArticleSource.MaxBytes)
                {
                    throw new InputException($"{path}: file is {info.Length / (1024 * 1024)} MiB, over the {FileArticleSource.MaxBytes / (1024 * 1024)} MiB limit");
                }

                feedText = TextDecoder.Decode(path, await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), null, mayBeHtml: true);
            }
            else
            {
                article = FileArticleSource.Read(path);
                if (FeedReader.LooksLikeFeed(article.Content))
                {
                    feedText = article.Content;
                    article = null;
                }
            }
        }
        catch (InputException ex)
        {
            error = ex.Message;
        }
        catch (IOException ex)
        {
            error = $"{path}: cannot be read ({ex.Message})";
        }
        catch (UnauthorizedAccessException)
        {
            error = $"{path}: permission denied";
        }

        if (error is not null)
        {
            yield return InputOutcome.Failed(path, error);
        }
        else if (feedText is not null)
        {
            await foreach (var outcome in ReadFeedAsync(path, feedText, null, cancellationToken).ConfigureAwait(false))
            {
                yield return outcome;
            }
        }
        else
        {
            yield return InputOutcome.Ok(path, article!);
        }
    }

    private async IAsyncEnumerable<InputOutcome> ReadUrlAsync(string input, Uri url, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? text = null;
        FetchedResource? fetched = null;
        string? error = null;
        try
        {
            fetched = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
            text = TextDecoder.Decode(url.ToString(), fetched.Body, fetched.Charset, mayBeHtml: true);
        }
        catch (InputException ex)
        {
            error = ex.Message;
        }

        if (error is not null || text is null || fetched is null)
        {
            yield return InputOutcome.Failed(input, error ?? $"{input}: nothing fetched");
            yield break;
        }

        if (FeedReader.LooksLikeFeed(text))
        {
            await foreach (var outcome in ReadFeedAsync(input, text, fetched.FinalUrl, cancellationToken).ConfigureAwait(false))
            {
                yield return outcome;
            }

            yield break;
        }

        var isHtml = fetched.LooksLikeHtml && !string.Equals(fetched.MediaType, "text/plain", StringComparison.OrdinalIgnoreCase);
        yield return InputOutcome.Ok(input, new RawArticle(input, text, isHtml, new ArticleMetadata { Url = fetched.FinalUrl.ToString() }));
    }

    private async IAsyncEnumerable<InputOutcome> ReadFeedAsync(string input, string xml, Uri? baseUri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var feed = FeedReader.Parse(xml, baseUri);
        foreach (var item in feed.Items)
        {
            yield return await ReadFeedItemAsync(input, item, cancellationToken).ConfigureAwait(false);
        }

        foreach (var problem in feed.Problems)
        {
            yield return InputOutcome.Failed(input, $"{input}: {problem}");
        }

        if (feed.Items.Count == 0 && feed.Problems.Count == 0)
        {
            yield return InputOutcome.Failed(input, $"{input}: the feed has no items");
        }
    }

    /// <summary>Reads one item of the feed <paramref name="input"/>: its link is fetched, and the item's own content
    /// is used when there is no link or the fetch fails. The feed's date, title and author fill the metadata.</summary>
    public async Task<InputOutcome> ReadFeedItemAsync(string input, FeedItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(item);
        var hints = new ArticleMetadata
        {
            Title = item.Title,
            Published = item.Published,
            Author = item.Author,
            Language = item.Language is { Length: >= 2 } lang ? lang[..2].ToLowerInvariant() : null,
            Url = item.Link?.ToString(),
        };
        string? fetchError = null;
        if (item.Link is not null && IsUrl(item.Link.ToString(), out var link))
        {
            try
            {
                var fetched = await fetcher.FetchAsync(link, cancellationToken).ConfigureAwait(false);
                var text = TextDecoder.Decode(link.ToString(), fetched.Body, fetched.Charset, mayBeHtml: true);
                return InputOutcome.Ok(input, new RawArticle(link.ToString(), text, fetched.LooksLikeHtml, hints with { Url = fetched.FinalUrl.ToString() }));
            }
            catch (InputException ex)
            {
                fetchError = ex.Message;
            }
        }

        if (!string.IsNullOrWhiteSpace(item.ContentHtml))
        {
            return InputOutcome.Ok(input, new RawArticle(item.Link?.ToString() ?? input, item.ContentHtml, IsHtml: true, hints));
        }

        return InputOutcome.Failed(input, fetchError ?? $"{input}: feed item '{item.Title}' has neither a link nor content");
    }
}
