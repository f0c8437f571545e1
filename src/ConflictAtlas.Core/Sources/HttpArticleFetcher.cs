using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ConflictAtlas.Core.Sources;

/// <summary>
/// Fetches pages and feeds over HTTP(S) with a descriptive User-Agent, gzip/deflate/brotli, a redirect cap (redirects
/// are followed here, each checked: only http and https, never from https to http), a size cap, one time budget for
/// the whole fetch (every attempt, redirect and the body), retries with backoff on transient failures (network errors,
/// timeouts, 408, 429, 5xx) within that budget and a delay between requests to the same host. Failures become
/// <see cref="InputException"/>s.
/// </summary>
public sealed class HttpArticleFetcher : IArticleFetcher, IDisposable
{
    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly HostThrottle _throttle;
    private readonly ResiliencePipeline<HttpResponseMessage> _resilience;

    public HttpArticleFetcher(FetchOptions? options = null)
    {
        _options = options ?? FetchOptions.Default;
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by FetchAsync, which checks each target's scheme first.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = _options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        if (_options.AddressCheck is { } check)
        {
            handler.ConnectCallback = CheckedConnector.Create(check);
            // Through a proxy the connection would go to the proxy's address, not the checked one.
            handler.UseProxy = false;
        }

        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        _throttle = new HostThrottle(_options.PerHostDelay);
        _resilience = BuildResilience(_options);
    }

    public Task<FetchedResource> FetchAsync(Uri url, CancellationToken cancellationToken) => FetchAsync(url, null, cancellationToken);

    public async Task<FetchedResource> FetchAsync(Uri url, FetchConditions? conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new InputException($"{url}: only http and https URLs can be fetched");
        }

        // The stated timeout is the whole fetch: every attempt and retry, every redirect and the body.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.Timeout);
        try
        {
            var current = url;
            for (var hop = 0; ; hop++)
            {
                using var response = await SendAsync(url, current, conditions, budget.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (response.StatusCode == HttpStatusCode.NotModified && conditions is { IsEmpty: false })
                {
                    return new FetchedResource(url, current, null, null, [])
                    {
                        NotModified = true,
                        ETag = response.Headers.ETag?.ToString() ?? conditions.ETag,
                        LastModified = response.Content.Headers.LastModified ?? conditions.LastModified,
                    };
                }

                if (status is >= 300 and < 400 && response.Headers.Location is not null)
                {
                    current = RedirectTarget(url, current, response.Headers.Location, hop);
                    continue;
                }

                return await ReadAsync(url, current, response, budget.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InputException($"{url}: no complete answer within {_options.Timeout.TotalSeconds:0.#} s", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new InputException($"{url}: no complete answer within {_options.Timeout.TotalSeconds:0.#} s", ex);
        }
    }

    /// <summary>One request, retried on transient failures while the budget lasts.</summary>
    private async Task<HttpResponseMessage> SendAsync(Uri url, Uri current, FetchConditions? conditions, CancellationToken cancellationToken)
    {
        try
        {
            return await _resilience.ExecuteAsync(
                async token =>
                {
                    await _throttle.WaitAsync(current.Authority, token).ConfigureAwait(false);
                    using var request = new HttpRequestMessage(HttpMethod.Get, current);
                    if (!string.IsNullOrEmpty(conditions?.ETag))
                    {
                        // Sent as the server gave it (weak tags included); a malformed tag is the server's to judge.
                        request.Headers.TryAddWithoutValidation("If-None-Match", conditions.ETag);
                    }

                    if (conditions?.LastModified is { } since)
                    {
                        request.Headers.IfModifiedSince = since;
                    }

                    return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (ex.InnerException is AddressRefusedException refused)
        {
            throw new InputException($"{url}: {refused.Message}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new InputException($"{url}: request failed ({ex.Message})", ex);
        }
    }

    /// <summary>Where a redirect leads, checked: within the cap, http or https only, and never from https to http.</summary>
    private Uri RedirectTarget(Uri url, Uri current, Uri location, int hop)
    {
        if (hop >= _options.MaxRedirects)
        {
            throw new InputException($"{url}: redirect not followed (more than {_options.MaxRedirects} redirects)");
        }

        Uri next;
        try
        {
            next = location.IsAbsoluteUri ? location : new Uri(current, location);
        }
        catch (UriFormatException ex)
        {
            throw new InputException($"{url}: redirect to an address that cannot be read ({location.OriginalString}); not followed", ex);
        }

        if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
        {
            throw new InputException($"{url}: redirect to {next.Scheme}: not followed (only http and https addresses are fetched)");
        }

        if (current.Scheme == Uri.UriSchemeHttps && next.Scheme == Uri.UriSchemeHttp)
        {
            throw new InputException($"{url}: redirect from https to http not followed");
        }

        return next;
    }

    /// <summary>The body of a final answer, within the size cap and the fetch's budget.</summary>
    private async Task<FetchedResource> ReadAsync(Uri url, Uri final, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            throw new InputException($"{url}: redirect without a Location not followed");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new InputException($"{url}: the server answered {status} {response.ReasonPhrase}");
        }

        var contentType = response.Content.Headers.ContentType;
        if (response.Content.Headers.ContentLength is { } length && length > _options.MaxBytes)
        {
            throw new InputException($"{url}: page is {length / 1024} KiB, over the {_options.MaxBytes / 1024} KiB limit");
        }

        byte[] body;
        try
        {
            body = await ReadCappedAsync(response.Content, url, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new InputException($"{url}: connection broke while reading ({ex.Message})", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new InputException($"{url}: connection broke while reading ({ex.Message})", ex);
        }

        return new FetchedResource(url, final, contentType?.MediaType, CharsetOf(contentType), body)
        {
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified,
        };
    }

    public void Dispose() => _client.Dispose();

    private async Task<byte[]> ReadCappedAsync(HttpContent content, Uri url, CancellationToken cancellationToken)
    {
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxBytes)
            {
                throw new InputException($"{url}: page is over the {_options.MaxBytes / 1024} KiB limit");
            }
        }

        return buffer.ToArray();
    }

    private static string? CharsetOf(MediaTypeHeaderValue? contentType) =>
        string.IsNullOrWhiteSpace(contentType?.CharSet) ? null : contentType.CharSet.Trim('"');

    private static ResiliencePipeline<HttpResponseMessage> BuildResilience(FetchOptions options) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, options.MaxRetries),
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>(e => e.InnerException is not AddressRefusedException)
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                DelayGenerator = args =>
                {
                    var retryAfter = args.Outcome.Result?.Headers.RetryAfter?.Delta;
                    return ValueTask.FromResult(retryAfter is { } d && d <= options.MaxRetryAfter ? (TimeSpan?)d : null);
                },
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.Timeout)
            .Build();

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
