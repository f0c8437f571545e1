using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ConflictAtlas.Server.Tests.Support;

/// <summary>A news page on 127.0.0.1 (a free port) for the server to fetch; counts the requests it answers.</summary>
public sealed class PageServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private PageServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/>, and each of <paramref name="redirects"/> (path,
    /// Location) as a 302.</summary>
    public static Task<PageServer> StartAsync(string path, string html, params (string Path, string Location)[] redirects) =>
        StartAsync(path, html, TimeSpan.Zero, redirects);

    /// <summary>As above, each answer of the page sent after <paramref name="delay"/>.</summary>
    public static async Task<PageServer> StartAsync(string path, string html, TimeSpan delay, params (string Path, string Location)[] redirects)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new PageServer(app);
        app.MapGet(path, async () =>
        {
            Interlocked.Increment(ref server._requests);
            await Task.Delay(delay);
            return Results.Content(html, "text/html; charset=utf-8");
        });
        foreach (var (from, location) in redirects)
        {
            app.MapGet(from, (HttpContext context) =>
            {
                Interlocked.Increment(ref server._requests);
                context.Response.StatusCode = StatusCodes.Status302Found;
                context.Response.Headers.Location = location;
            });
        }

        await app.StartAsync();
        server.BaseAddress = new Uri(ServerHost.Addresses(app).Single().TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
