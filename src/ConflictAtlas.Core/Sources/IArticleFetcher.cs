namespace ConflictAtlas.Core.Sources;

/// <summary>Fetches a page or feed by URL. The only place the network is used; stages never fetch.</summary>
public interface IArticleFetcher
{
    /// <summary>Fetches <paramref name="url"/>; throws <see cref="InputException"/> with a readable reason on failure.</summary>
    Task<FetchedResource> FetchAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>Fetches <paramref name="url"/> unless it is unchanged since the copy that <paramref name="conditions"/>
    /// describe; an unchanged resource comes back with <see cref="FetchedResource.NotModified"/> set and no body. A
    /// fetcher that cannot ask conditionally fetches in full.</summary>
    Task<FetchedResource> FetchAsync(Uri url, FetchConditions? conditions, CancellationToken cancellationToken) => FetchAsync(url, cancellationToken);
}
