using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ConflictAtlas.Core.Tests.Support;

/// <summary>A throwaway HTTP server on 127.0.0.1 and a free port; each route is a handler of the raw request.</summary>
public sealed class LocalServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public LocalServer(string host = "127.0.0.1")
    {
        Host = host;
        Port = FreePort();
        _listener.Prefixes.Add($"http://{host}:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    /// <summary>The loopback address listened on (127.0.0.1 unless another 127.x address was asked for).</summary>
    public string Host { get; }

    public ConcurrentQueue<(string Path, string? UserAgent)> Requests { get; } = new();

    public Uri Url(string path) => new($"http://{Host}:{Port}{path}");

    public void Map(string path, Func<HttpListenerContext, Task> handler) => _routes[path] = handler;

    public void MapBytes(string path, byte[] body, string contentType, int status = 200) => Map(path, async ctx =>
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = contentType;
        ctx.Response.ContentLength64 = body.Length;
        await ctx.Response.OutputStream.WriteAsync(body);
        ctx.Response.Close();
    });

    public void MapText(string path, string body, string contentType = "text/html; charset=utf-8") =>
        MapBytes(path, System.Text.Encoding.UTF8.GetBytes(body), contentType);

    public void MapRedirect(string path, string target) => Map(path, ctx =>
    {
        ctx.Response.StatusCode = 302;
        ctx.Response.RedirectLocation = target;
        ctx.Response.Close();
        return Task.CompletedTask;
    });

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener; its last exception is of no interest.
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                var path = ctx.Request.Url!.AbsolutePath;
                Requests.Enqueue((path, ctx.Request.UserAgent));
                try
                {
                    if (_routes.TryGetValue(path, out var handler))
                    {
                        await handler(ctx);
                    }
                    else
                    {
                        ctx.Response.StatusCode = 404;
                        ctx.Response.Close();
                    }
                }
                catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
                {
                    // The client gave up (size cap, timeout); nothing to answer.
                }
            });
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
