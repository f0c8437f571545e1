namespace ConflictAtlas.Core.Sources;

/// <summary>An ordered set of <see cref="IArticleSource"/>s: each input goes to the first source that accepts it.</summary>
public sealed class ArticleSources(IEnumerable<IArticleSource> sources)
{
    private readonly IReadOnlyList<IArticleSource> _sources = [.. sources];

    /// <summary>Files and folders only; URL and feed sources are added by whoever builds the list.</summary>
    public static ArticleSources Default { get; } = new([new FileSystemArticleSource()]);

    public ArticleSources With(IArticleSource source) => new([source, .. _sources]);

    public IArticleSource For(string input) =>
        _sources.FirstOrDefault(s => s.Accepts(input)) ?? throw new InputException($"{input}: no reader for this kind of input");
}
