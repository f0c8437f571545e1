namespace ConflictAtlas.Core.Sources;

/// <summary>
/// Turns an input string given by the user (a file, a folder, later a URL or a feed) into the articles it names,
/// and reads each one. Sources are tried in order; the first that <see cref="Accepts"/> an input expands it.
/// </summary>
public interface IArticleSource
{
    /// <summary>True when this source knows how to expand <paramref name="input"/>.</summary>
    bool Accepts(string input);

    /// <summary>The article addresses the input stands for (a folder gives its files). Throws <see cref="InputException"/>.</summary>
    IEnumerable<string> Expand(string input);

    /// <summary>Reads one article named by <see cref="Expand"/>. Throws <see cref="InputException"/> on bad input.</summary>
    Task<FetchedArticle> ReadAsync(string uri, CancellationToken cancellationToken);
}
