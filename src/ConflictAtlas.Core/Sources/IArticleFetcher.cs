namespace ConflictAtlas.Core.Sources;

/// <summary>Fetches a page or feed by URL. The only place the network is used; stages never fetch.</summary>
public interface IArticleFetcher
{
    /// <summary>Fetches <paramref name="url"/>; throws <see cref="InputException"/> with a readable reason on failure.</summary>
    Task<FetchedResource> FetchAsync(Uri url, CancellationToken cancellationToken);
}
