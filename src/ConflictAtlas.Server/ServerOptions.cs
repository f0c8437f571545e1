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

    /// <summary>Fetches the pages named by <c>POST /api/documents {url}</c>; null means a new HTTP fetcher that
    /// refuses non-public addresses unless <see cref="AllowPrivateFetch"/> is set.</summary>
    public ConflictAtlas.Core.Sources.IArticleFetcher? Fetcher { get; init; }

    /// <summary>Lets <c>POST /api/documents {url}</c> fetch loopback, private, link-local and other non-public
    /// addresses (<c>--allow-private-fetch</c>); off by default, so callers cannot make the server reach its own
    /// network or a cloud metadata service.</summary>
    public bool AllowPrivateFetch { get; init; }

    /// <summary>The server's public address (<c>--base-url https://atlas.example.org/</c>), used for absolute links in the
    /// Atom feed; null means links relative to the server's root. The request's Host header is never used for links.</summary>
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>Rows in one page of a CSV or GeoJSON export: callers who are not signed in get one page per request
    /// (the next one named in the <c>Link</c> header), signed-in callers and API tokens every match.</summary>
    public int ExportPageRows { get; init; } = 10_000;

    /// <summary>Default of <see cref="MaxParallelDocuments"/>.</summary>
    public const int DefaultMaxParallelDocuments = 2;

    /// <summary>Reports <c>POST /api/documents</c> reads and codes at once, server-wide; another post meanwhile is a 429.</summary>
    public int MaxParallelDocuments { get; init; } = DefaultMaxParallelDocuments;

    /// <summary>Longest a posted report may take to read and code; past it the post is a 400 and nothing is stored.</summary>
    public TimeSpan DocumentBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The command-line flag that sets <see cref="AllowPrivateFetch"/>.</summary>
    public const string AllowPrivateFetchFlag = "--allow-private-fetch";

    /// <summary>Reads <c>--db VALUE</c>, <c>--urls VALUE</c>, <c>--assets DIR</c> and <c>--allow-private-fetch</c>
    /// (used by the server's own Program).</summary>
    public static ServerOptions FromArgs(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new ServerOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            (options, var used) = (args[i], value) switch
            {
                ("--db", { } v) => (options with { Db = v }, 1),
                ("--urls", { } v) => (options with { Urls = v }, 1),
                ("--assets", { } v) => (options with { AssetsDir = v }, 1),
                ("--base-url", { } v) => (options with { PublicBaseUrl = BaseUrl(v) }, 1),
                (AllowPrivateFetchFlag, _) => (options with { AllowPrivateFetch = true }, 0),
                _ => (options, 0),
            };
            i += used;
        }

        return options;
    }

    /// <summary>An absolute http(s) address ending in a slash (so relative paths append to it); throws
    /// <see cref="ArgumentException"/> for anything else.</summary>
    public static Uri BaseUrl(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"--base-url must be an absolute http or https address, not '{text}'");
        }

        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
