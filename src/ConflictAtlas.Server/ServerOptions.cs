using ConflictAtlas.Storage;

namespace ConflictAtlas.Server;

/// <summary>What <c>atlas serve</c> needs: the store, the addresses to listen on, and where the npm assets are.</summary>
public sealed record ServerOptions
{
    /// <summary>Loopback only unless the user names another address.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public string Db { get; init; } = EventStores.DefaultSqlitePath;

    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The folder holding <c>node_modules</c> installed by <c>scripts/setup.sh</c>; found from the working
    /// folder or the program's folder when null.</summary>
    public string? AssetsDir { get; init; }

    /// <summary>Builds the coding pipeline for <c>POST /api/documents</c> on first use (the CLI passes its own, with
    /// the GeoNames gazetteer); null means the standard pipeline over the curated supplement.</summary>
    public Func<ConflictAtlas.Core.Pipeline.Pipeline>? Pipeline { get; init; }

    /// <summary>Fetches the pages named by <c>POST /api/documents {url}</c>; null means a new HTTP fetcher.</summary>
    public ConflictAtlas.Core.Sources.IArticleFetcher? Fetcher { get; init; }

    /// <summary>Reads <c>--db VALUE</c>, <c>--urls VALUE</c> and <c>--assets DIR</c> (used by the server's own Program).</summary>
    public static ServerOptions FromArgs(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new ServerOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            options = args[i] switch
            {
                "--db" => options with { Db = args[i + 1] },
                "--urls" => options with { Urls = args[i + 1] },
                "--assets" => options with { AssetsDir = args[i + 1] },
                _ => options,
            };
        }

        return options;
    }
}
