using System.Security.Cryptography;

namespace ConflictAtlas.Core.Sources;

/// <summary>Files and folders (read recursively, supported extensions only, in ordinal path order).</summary>
public sealed class FileSystemArticleSource : IArticleSource
{
    public bool Accepts(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return !input.Contains("://", StringComparison.Ordinal);
    }

    public IEnumerable<string> Expand(string input)
    {
        ArgumentException.ThrowIfNullOrEmpty(input);
        if (Directory.Exists(input))
        {
            return Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                .Where(f => FileArticleSource.SupportedExtensions.Contains(FileArticleSource.Extension(f)))
                .Order(StringComparer.Ordinal)
                .ToList();
        }

        if (!File.Exists(input))
        {
            throw new InputException($"{input}: no such file or folder");
        }

        return [input];
    }

    public async Task<FetchedArticle> ReadAsync(string uri, CancellationToken cancellationToken)
    {
        var article = FileArticleSource.Read(uri);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(uri, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new InputException($"{uri}: cannot be read ({ex.Message})", ex);
        }

        return new FetchedArticle(uri, article, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength);
    }
}
