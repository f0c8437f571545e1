using Microsoft.AspNetCore.Builder;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Sqlite;

namespace ConflictAtlas.Server.Tests.Support;

/// <summary>A real Kestrel server on 127.0.0.1 (a free port) over a temporary SQLite store holding the given
/// events; each test starts its own.</summary>
public sealed class ApiServer : IAsyncDisposable
{
    private readonly string _dir;
    private readonly IEventStore _store;
    private readonly WebApplication _app;

    private ApiServer(string dir, IEventStore store, WebApplication app, Uri baseAddress)
    {
        _dir = dir;
        _store = store;
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IEventStore Store => _store;

    /// <summary>Starts a server over the events; <paramref name="allowPrivateFetch"/> lets <c>POST /api/documents
    /// {url}</c> fetch from 127.0.0.1, as <c>--allow-private-fetch</c> does.</summary>
    public static async Task<ApiServer> StartAsync(IEnumerable<SeedEvent> events, bool allowPrivateFetch = false, Func<ServerOptions, ServerOptions>? configure = null)
    {
        var dir = Directory.CreateTempSubdirectory("atlas-server-").FullName;
        var store = await SqliteEventStore.OpenAsync(Path.Combine(dir, "atlas.db"));
        var n = 0;
        foreach (var e in events)
        {
            await store.SaveDocumentAsync(e.ToDocument($"https://example.org/report-{++n}"));
        }

        var options = new ServerOptions { Urls = "http://127.0.0.1:0", AssetsDir = Path.Combine(dir, "no-assets"), AllowPrivateFetch = allowPrivateFetch };
        var app = ServerHost.Build(configure is null ? options : configure(options), store);
        await app.StartAsync();
        var address = ServerHost.Addresses(app).Single();
        return new ApiServer(dir, store, app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner.
        }
    }
}
