using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace ConflictAtlas.Server;

/// <summary>
/// The files of <c>node_modules</c> that <c>/vendor</c> may serve (<c>vendor-assets.txt</c>, embedded): the dashboard's
/// scripts, styles and map data. Everything else there (build tools, data packages such as a 17 MB cities list, other
/// packages' sources) answers 404.
/// </summary>
public sealed class VendorAssets(IFileProvider inner, IReadOnlyList<string> allowed) : IFileProvider
{
    /// <summary>The allowed paths and folders (ending in <c>/</c>), relative to <c>node_modules</c>.</summary>
    public static IReadOnlyList<string> Allowed { get; } = Read();

    /// <summary>Serves <paramref name="nodeModules"/> through <see cref="Allowed"/>.</summary>
    public static VendorAssets Over(string nodeModules) => new(new PhysicalFileProvider(nodeModules), Allowed);

    /// <summary>True when <paramref name="path"/> (e.g. <c>/leaflet/dist/leaflet.js</c>) is an allowed file.</summary>
    public bool Allows(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var relative = path.TrimStart('/');
        if (relative.Contains("..", StringComparison.Ordinal) || relative.Contains('\\', StringComparison.Ordinal))
        {
            return false;
        }

        return allowed.Any(a => a.EndsWith('/') ? relative.StartsWith(a, StringComparison.Ordinal) : relative == a);
    }

    public IFileInfo GetFileInfo(string subpath) => Allows(subpath) ? inner.GetFileInfo(subpath) : new NotFoundFileInfo(subpath);

    /// <summary>No folder listings.</summary>
    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private static List<string> Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ConflictAtlas.Server.vendor-assets.txt")
            ?? throw new InvalidOperationException("missing resource vendor-assets.txt");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }
}
