using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Sources.Feeds;

namespace ConflictAtlas.Storage.Ingestion.Watch;

/// <summary>
/// Polls RSS and Atom feeds and stores their new items. Each poll is a conditional GET (the feed's ETag and
/// Last-Modified from the last read), so an unchanged feed costs one short answer; only items not stored before are
/// read (their link fetched, else the item's own content), coded and stored. A feed that fails waits twice as long
/// after each failure in a row, up to <see cref="WatchOptions.MaxBackoff"/>, without holding up the others. What was
/// stored is remembered in a <see cref="WatchState"/> file after every feed, so a restart neither reads old items
/// again nor loses a backoff.
/// </summary>
public sealed class FeedWatcher
{
    private readonly IArticleFetcher _fetcher;
    private readonly ArticleInputs _inputs;
    private readonly ItemSource _items = new();
    private readonly IngestionService _ingestion;
    private readonly WatchOptions _options;
    private readonly TimeProvider _time;

    public FeedWatcher(Pipeline pipeline, IEventStore store, IArticleFetcher fetcher, WatchOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(store);
        _fetcher = fetcher ?? throw new ArgumentNullException(nameof(fetcher));
        _inputs = new ArticleInputs(fetcher);
        _ingestion = new IngestionService(pipeline, new ArticleSources([_items]), store);
        _options = options ?? new WatchOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Polls every feed that is due, saving the state after each; with <paramref name="once"/> it returns after one
    /// round, else it sleeps until the next feed is due and goes on until cancelled. A healthy feed is polled at once
    /// on start; a failing one waits out its backoff even across restarts.
    /// </summary>
    public async Task WatchAsync(IReadOnlyList<string> feeds, WatchState state, string statePath, IProgress<FeedPollReport> progress, bool once, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(progress);
        var first = true;
        while (true)
        {
            var now = _time.GetUtcNow();
            foreach (var feed in feeds)
            {
                var feedState = state.For(feed);
                var due = feedState.NextPoll is not { } next || next <= now || (first && feedState.Failures == 0);
                if (!due)
                {
                    if (first)
                    {
                        progress.Report(new FeedPollReport(feed, FeedPollStatus.BackingOff) { Error = feedState.LastError, NextPoll = feedState.NextPoll });
                    }

                    continue;
                }

                FeedPollReport report;
                try
                {
                    report = await PollAsync(feed, feedState, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    // Items stored before a cancellation are remembered too.
                    state.Save(statePath);
                }

                progress.Report(report);
            }

            if (once)
            {
                return;
            }

            first = false;
            var wake = feeds.Select(f => state.For(f).NextPoll ?? now).Min();
            var wait = wake - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One poll of one feed: fetch it conditionally, store its new items, and move its next poll.</summary>
    public async Task<FeedPollReport> PollAsync(string feed, FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(state);
        state.LastPolled = _time.GetUtcNow();
        if (!ArticleInputs.IsUrl(feed, out var url))
        {
            return Fail(feed, state, "not an http or https URL");
        }

        FetchedResource fetched;
        try
        {
            // Items that failed last time are retried only if the feed is read in full, so they turn off the validators.
            var conditions = state.ItemFailures.Count == 0 ? new FetchConditions(state.ETag, state.LastModified) : null;
            fetched = await _fetcher.FetchAsync(url, conditions, cancellationToken).ConfigureAwait(false);
        }
        catch (InputException ex)
        {
            return Fail(feed, state, ex.Message);
        }

        if (fetched.NotModified)
        {
            Succeed(state);
            return new FeedPollReport(feed, FeedPollStatus.NotModified) { NextPoll = state.NextPoll };
        }

        var text = TextDecoder.Decode(url.ToString(), fetched.Body, fetched.Charset, mayBeHtml: true);
        if (!FeedReader.LooksLikeFeed(text))
        {
            return Fail(feed, state, "the answer is not an RSS or Atom feed");
        }

        var parsed = FeedReader.Parse(text, fetched.FinalUrl);
        if (parsed.Items.Count == 0 && parsed.Problems.Count > 0)
        {
            return Fail(feed, state, string.Join("; ", parsed.Problems));
        }

        var report = await StoreNewItemsAsync(feed, state, parsed.Items, cancellationToken).ConfigureAwait(false);
        // The validators are kept only once the items they stand for are stored: a poll cut short reads the feed again.
        state.ETag = fetched.ETag;
        state.LastModified = fetched.LastModified;
        Succeed(state);
        return report with { NextPoll = state.NextPoll };
    }

    private async Task<FeedPollReport> StoreNewItemsAsync(string feed, FeedState state, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(state.Seen, StringComparer.Ordinal);
        var keys = items.Select(Key).ToList();
        int fresh = 0, added = 0, unchanged = 0, failed = 0, atoms = 0;
        var errors = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var key = keys[i];
            if (!seen.Add(key))
            {
                continue;
            }

            fresh++;
            var (saved, error) = await StoreItemAsync(feed, key, items[i], cancellationToken).ConfigureAwait(false);
            if (saved is not null)
            {
                if (saved.Outcome == SaveOutcome.Duplicate)
                {
                    unchanged++;
                }
                else
                {
                    added++;
                    atoms += saved.Atoms;
                }
            }
            else
            {
                error ??= $"{key}: nothing stored";
            }

            if (saved is not null)
            {
                state.Seen.Add(key);
                state.ItemFailures.Remove(key);
                continue;
            }

            failed++;
            errors.Add(error!);
            var tries = state.ItemFailures.GetValueOrDefault(key) + 1;
            if (tries >= _options.ItemRetries)
            {
                state.Seen.Add(key);
                state.ItemFailures.Remove(key);
                errors[^1] += $" (given up after {tries} tries)";
            }
            else
            {
                state.ItemFailures[key] = tries;
                seen.Remove(key);
            }
        }

        Forget(state, keys);
        return new FeedPollReport(feed, FeedPollStatus.Read)
        {
            Items = items.Count, New = fresh, Added = added, Unchanged = unchanged, FailedItems = failed, Atoms = atoms, ItemErrors = errors,
        };
    }

    private async Task<(SaveResult? Saved, string? Error)> StoreItemAsync(string feed, string key, FeedItem item, CancellationToken cancellationToken)
    {
        var outcome = await _inputs.ReadFeedItemAsync(feed, item, cancellationToken).ConfigureAwait(false);
        if (outcome.Article is not { } article)
        {
            return (null, outcome.Error);
        }

        _items.Hold(key, article);
        try
        {
            return await _ingestion.IngestOneAsync(new IngestItem(key), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _items.Release(key);
        }
    }

    /// <summary>Keeps the keys the feed still lists and the most recent others up to the limit, so the state stays small
    /// on a feed that runs for years.</summary>
    private void Forget(FeedState state, List<string> current)
    {
        if (state.Seen.Count <= _options.SeenLimit)
        {
            return;
        }

        var listed = new HashSet<string>(current, StringComparer.Ordinal);
        var keepOthers = Math.Max(0, _options.SeenLimit - listed.Count);
        var others = state.Seen.Where(k => !listed.Contains(k)).ToList();
        var dropped = new HashSet<string>(others.Take(Math.Max(0, others.Count - keepOthers)), StringComparer.Ordinal);
        state.Seen.RemoveAll(dropped.Contains);
    }

    private FeedPollReport Fail(string feed, FeedState state, string error)
    {
        state.Failures++;
        state.LastError = error;
        state.NextPoll = _time.GetUtcNow() + _options.Backoff(state.Failures);
        return new FeedPollReport(feed, FeedPollStatus.Failed) { Error = error, NextPoll = state.NextPoll };
    }

    private void Succeed(FeedState state)
    {
        state.Failures = 0;
        state.LastError = null;
        state.NextPoll = _time.GetUtcNow() + _options.Every;
    }

    /// <summary>An item is known by its link; an item without one by a hash of what it says.</summary>
    public static string Key(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Link is { IsAbsoluteUri: true } link)
        {
            return link.AbsoluteUri;
        }

        var said = $"{item.Title}\n{item.Published:O}\n{item.ContentHtml}";
        return "item:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(said)))[..32];
    }

    /// <summary>Hands the article being stored to the ingestion service, which reads reports through sources.</summary>
    private sealed class ItemSource : IArticleSource
    {
        private readonly ConcurrentDictionary<string, RawArticle> _held = new(StringComparer.Ordinal);

        public void Hold(string key, RawArticle article) => _held[key] = article;

        public void Release(string key) => _held.TryRemove(key, out _);

        public bool Accepts(string input) => _held.ContainsKey(input);

        public IEnumerable<string> Expand(string input) => [input];

        public Task<FetchedArticle> ReadAsync(string uri, CancellationToken cancellationToken)
        {
            if (!_held.TryGetValue(uri, out var article))
            {
                throw new InputException($"{uri}: not read");
            }

            return Task.FromResult(FetchedArticle.FromContent(uri, article));
        }
    }
}
