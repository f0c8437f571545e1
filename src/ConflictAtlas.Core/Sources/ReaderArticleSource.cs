using System.Collections.Concurrent;

namespace ConflictAtlas.Core.Sources;

/// <summary>
/// Lets the store's ingestion read URLs and RSS/Atom feeds (file or URL) through an <see cref="IInputReader"/>:
/// <see cref="Expand"/> reads the input once and names each article it holds (a feed gives one per item), and
/// <see cref="ReadAsync"/> hands each back. An item that could not be read comes back as its error, so the batch
/// reports it and goes on.
/// </summary>
public sealed class ReaderArticleSource(IInputReader reader) : IArticleSource
{
    private const string ErrorPrefix = "error:";

    private readonly ConcurrentDictionary<string, InputOutcome> _read = new(StringComparer.Ordinal);

    public bool Accepts(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _read.ContainsKey(input) || ArticleInputs.IsUrl(input, out _) ||
               (File.Exists(input) && ArticleInputs.FeedExtensions.Contains(FileArticleSource.Extension(input)));
    }

    public IEnumerable<string> Expand(string input)
    {
        ArgumentException.ThrowIfNullOrEmpty(input);
        var names = new List<string>();
        var n = 0;
        foreach (var outcome in reader.ReadAsync(input, CancellationToken.None).ToBlockingEnumerable())
        {
            n++;
            // Each article is named by where it came from (a feed item's link), else by the input and its position.
            var name = outcome.Article is { } article
                ? (!names.Contains(article.Origin) && !_read.ContainsKey(article.Origin) ? article.Origin : $"{input}#{n}")
                : $"{ErrorPrefix}{input}#{n}";
            _read[name] = outcome;
            names.Add(name);
        }

        if (names.Count == 0)
        {
            throw new InputException($"{input}: holds no article");
        }

        if (names.TrueForAll(x => x.StartsWith(ErrorPrefix, StringComparison.Ordinal)) && names.Count == 1)
        {
            _read.TryRemove(names[0], out var only);
            throw new InputException(only?.Error ?? $"{input}: cannot be read");
        }

        return names;
    }

    public async Task<FetchedArticle> ReadAsync(string uri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!_read.TryRemove(uri, out var outcome))
        {
            // Not expanded in this run (a manifest line naming a URL directly, a URL posted to the server): read it now,
            // asynchronously all the way down, so a slow site holds no thread while it answers.
            await foreach (var first in reader.ReadAsync(uri, cancellationToken).ConfigureAwait(false))
            {
                outcome = first;
                break;
            }
        }

        outcome ??= InputOutcome.Failed(uri, $"{uri}: holds no article");
        if (outcome.Article is not { } article)
        {
            throw new InputException(outcome.Error ?? $"{uri}: cannot be read");
        }

        var name = uri.StartsWith(ErrorPrefix, StringComparison.Ordinal) ? uri[ErrorPrefix.Length..] : uri;
        return FetchedArticle.FromContent(name, article);
    }
}
