namespace ConflictAtlas.Core.Sources;

/// <summary>How pages and feeds are fetched over HTTP(S).</summary>
public sealed record FetchOptions
{
    /// <summary>Sent with every request so site owners can tell who is reading.</summary>
    public string UserAgent { get; init; } = "ConflictAtlas/0.1 (news article reader for conflict-event research)";

    /// <summary>Time allowed for the whole fetch: every attempt and retry, every redirect, headers and body together.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest body read (after decompression); a bigger page is refused. Real article pages are far below this.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Redirects followed before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Least time between two requests to the same host.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries after a network error, a timeout, 408, 429 or a 5xx answer.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>First retry delay; later ones back off exponentially.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait a server's Retry-After header may ask for before it is ignored in favour of the backoff.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Names why an address may not be connected to (null: it may); checked on the address actually
    /// connected to, for every connection including redirects (<see cref="CheckedConnector"/>). Null means any address,
    /// as for a URL the user gives the command line; a server fetching for its callers sets
    /// <see cref="PublicAddresses.Refusal"/>.</summary>
    public Func<System.Net.IPAddress, string?>? AddressCheck { get; init; }

    public static FetchOptions Default { get; } = new();
}
