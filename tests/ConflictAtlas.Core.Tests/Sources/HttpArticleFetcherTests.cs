using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Sources;

public sealed class HttpArticleFetcherTests : IDisposable
{
    private static readonly FetchOptions Fast = new()
    {
        PerHostDelay = TimeSpan.Zero,
        RetryDelay = TimeSpan.FromMilliseconds(20),
        Timeout = TimeSpan.FromSeconds(10),
    };

    private readonly LocalServer _server = new();

    public void Dispose() => _server.Dispose();

    private static async Task<string> FetchText(HttpArticleFetcher fetcher, Uri url)
    {
        var fetched = await fetcher.FetchAsync(url, CancellationToken.None);
        return TextDecoder.Decode(url.ToString(), fetched.Body, fetched.Charset);
    }

    [Fact]
    public async Task A_conditional_get_sends_the_validators_and_reads_a_304_as_unchanged()
    {
        var modified = new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
        var asked = new System.Collections.Concurrent.ConcurrentQueue<(string? Tag, string? Since)>();
        _server.Map("/feed", async ctx =>
        {
            asked.Enqueue((ctx.Request.Headers["If-None-Match"], ctx.Request.Headers["If-Modified-Since"]));
            if (ctx.Request.Headers["If-None-Match"] == "W/\"7\"")
            {
                ctx.Response.StatusCode = 304;
                ctx.Response.Close();
                return;
            }

            var body = Encoding.UTF8.GetBytes("<rss/>");
            ctx.Response.Headers["ETag"] = "W/\"7\"";
            ctx.Response.Headers["Last-Modified"] = modified.ToString("R");
            ctx.Response.ContentLength64 = body.Length;
            await ctx.Response.OutputStream.WriteAsync(body);
            ctx.Response.Close();
        });
        using var fetcher = new HttpArticleFetcher(Fast);

        var full = await fetcher.FetchAsync(_server.Url("/feed"), null, CancellationToken.None);
        Assert.False(full.NotModified);
        Assert.Equal("W/\"7\"", full.ETag);
        Assert.Equal(modified, full.LastModified);
        Assert.Equal("<rss/>", Encoding.UTF8.GetString(full.Body));

        var again = await fetcher.FetchAsync(_server.Url("/feed"), full.Conditions, CancellationToken.None);
        Assert.True(again.NotModified);
        Assert.Empty(again.Body);
        Assert.Equal("W/\"7\"", again.ETag);
        Assert.Equal([(null, null), ("W/\"7\"", modified.ToString("R"))], asked.ToArray());
    }

    [Fact]
    public async Task A_304_to_an_unconditional_request_is_an_error_not_an_empty_page()
    {
        _server.Map("/odd", ctx =>
        {
            ctx.Response.StatusCode = 304;
            ctx.Response.Close();
            return Task.CompletedTask;
        });
        using var fetcher = new HttpArticleFetcher(Fast);
        await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(_server.Url("/odd"), CancellationToken.None));
    }

    [Fact]
    public async Task Follows_redirects_and_reports_the_final_url()
    {
        _server.MapRedirect("/a", "/b");
        _server.MapRedirect("/b", "/story");
        _server.MapText("/story", "<p>Story</p>");
        using var fetcher = new HttpArticleFetcher(Fast);
        var fetched = await fetcher.FetchAsync(_server.Url("/a"), CancellationToken.None);
        Assert.Equal(_server.Url("/story"), fetched.FinalUrl);
        Assert.Equal("<p>Story</p>", Encoding.UTF8.GetString(fetched.Body));
    }

    [Fact]
    public async Task Refuses_a_redirect_chain_longer_than_the_cap()
    {
        for (var i = 0; i < 6; i++)
        {
            _server.MapRedirect($"/hop{i}", $"/hop{i + 1}");
        }

        _server.MapText("/hop6", "<p>end</p>");
        using var fetcher = new HttpArticleFetcher(Fast with { MaxRedirects = 3 });
        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(_server.Url("/hop0"), CancellationToken.None));
        Assert.Contains("redirect", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Refuses_a_page_over_the_size_cap(bool announcedLength)
    {
        var big = Encoding.UTF8.GetBytes("<p>" + new string('x', 50_000) + "</p>");
        _server.Map("/big", async ctx =>
        {
            ctx.Response.ContentType = "text/html";
            if (announcedLength)
            {
                ctx.Response.ContentLength64 = big.Length;
            }
            else
            {
                ctx.Response.SendChunked = true;
            }

            await ctx.Response.OutputStream.WriteAsync(big);
            ctx.Response.Close();
        });
        using var fetcher = new HttpArticleFetcher(Fast with { MaxBytes = 10_000 });
        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(_server.Url("/big"), CancellationToken.None));
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decodes_a_windows_1252_page_declared_as_iso_8859_1()
    {
        // 0x96 is an en dash and 0x92 a right quote in Windows-1252; browsers read ISO-8859-1 labels that way.
        var bytes = Encoding.Latin1.GetBytes("<p>Caf\u00e9 d\u00e9j\u00e0 ferm\u00e9 ").Concat(new byte[] { 0x96, 0x20, 0x92 }).Concat("</p>"u8.ToArray()).ToArray();
        _server.MapBytes("/latin", bytes, "text/html; charset=ISO-8859-1");
        using var fetcher = new HttpArticleFetcher(Fast);
        var text = await FetchText(fetcher, _server.Url("/latin"));
        Assert.Equal("<p>Café déjà fermé \u2013 \u2019</p>", text);
    }

    [Fact]
    public async Task Takes_the_charset_from_a_meta_tag_when_the_header_has_none()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Ni\u00e9la ").Concat(new byte[] { 0x93, 0x41, 0x94 }).Concat("</p></body></html>"u8.ToArray()).ToArray();
        _server.MapBytes("/meta", bytes, "text/html");
        using var fetcher = new HttpArticleFetcher(Fast);
        var text = await FetchText(fetcher, _server.Url("/meta"));
        Assert.Contains("Niéla \u201CA\u201D", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompresses_a_gzip_response()
    {
        var plain = Encoding.UTF8.GetBytes("<p>Compressed report from Gao</p>");
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        var compressed = buffer.ToArray();
        string? acceptEncoding = null;
        _server.Map("/gz", async ctx =>
        {
            acceptEncoding = ctx.Request.Headers["Accept-Encoding"];
            ctx.Response.ContentType = "text/html; charset=utf-8";
            ctx.Response.AddHeader("Content-Encoding", "gzip");
            ctx.Response.ContentLength64 = compressed.Length;
            await ctx.Response.OutputStream.WriteAsync(compressed);
            ctx.Response.Close();
        });
        using var fetcher = new HttpArticleFetcher(Fast);
        Assert.Equal("<p>Compressed report from Gao</p>", await FetchText(fetcher, _server.Url("/gz")));
        Assert.Contains("gzip", acceptEncoding ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("br", acceptEncoding ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retries_a_503_until_the_page_comes()
    {
        var calls = 0;
        _server.Map("/flaky", async ctx =>
        {
            if (Interlocked.Increment(ref calls) <= 2)
            {
                ctx.Response.StatusCode = 503;
                ctx.Response.Close();
                return;
            }

            var body = "<p>ok</p>"u8.ToArray();
            ctx.Response.ContentType = "text/html";
            await ctx.Response.OutputStream.WriteAsync(body);
            ctx.Response.Close();
        });
        using var fetcher = new HttpArticleFetcher(Fast with { MaxRetries = 3 });
        Assert.Equal("<p>ok</p>", await FetchText(fetcher, _server.Url("/flaky")));
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Gives_up_after_the_last_retry_with_the_status_in_the_message()
    {
        _server.MapBytes("/down", "down"u8.ToArray(), "text/plain", status: 503);
        using var fetcher = new HttpArticleFetcher(Fast with { MaxRetries = 1 });
        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(_server.Url("/down"), CancellationToken.None));
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count(r => r.Path == "/down"));
    }

    [Fact]
    public async Task Sends_a_descriptive_user_agent_and_waits_between_requests_to_one_host()
    {
        _server.MapText("/p", "<p>x</p>");
        using var fetcher = new HttpArticleFetcher(Fast with { PerHostDelay = TimeSpan.FromMilliseconds(400) });
        var clock = Stopwatch.StartNew();
        await fetcher.FetchAsync(_server.Url("/p"), CancellationToken.None);
        await fetcher.FetchAsync(_server.Url("/p"), CancellationToken.None);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(380), $"second request came after {clock.ElapsedMilliseconds} ms");
        Assert.All(_server.Requests, r => Assert.StartsWith("ConflictAtlas/", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_non_http_url_is_refused()
    {
        using var fetcher = new HttpArticleFetcher(Fast);
        await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(new Uri("file:///etc/passwd"), CancellationToken.None));
    }

    [Fact]
    public async Task The_timeout_is_the_whole_fetch_retries_included()
    {
        var calls = 0;
        _server.Map("/slow", async ctx =>
        {
            Interlocked.Increment(ref calls);
            await Task.Delay(TimeSpan.FromSeconds(4));
            ctx.Response.Close();
        });
        using var fetcher = new HttpArticleFetcher(Fast with { Timeout = TimeSpan.FromSeconds(1), MaxRetries = 2, RetryDelay = TimeSpan.FromMilliseconds(50) });
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(_server.Url("/slow"), CancellationToken.None));
        // Three tries of one second each (and their waits) would take over three seconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"gave up after {clock.ElapsedMilliseconds} ms");
        Assert.Contains("within 1 s", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "redirect to file:")]
    [InlineData("ftp://127.0.0.1/x", "redirect to ftp:")]
    [InlineData("http://[::1", "redirect")]
    public async Task A_redirect_to_another_scheme_is_an_input_error(string target, string expected)
    {
        _server.MapRedirect("/go", target);
        using var fetcher = new HttpArticleFetcher(Fast);
        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(_server.Url("/go"), CancellationToken.None));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_a_url_returns_at_once_and_holds_no_thread_while_the_site_answers()
    {
        _server.Map("/late", async ctx =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var body = "<html><body><article><p>A late page about a clash near Gao in which soldiers and fighters exchanged fire for hours.</p></article></body></html>"u8.ToArray();
            ctx.Response.ContentType = "text/html";
            await ctx.Response.OutputStream.WriteAsync(body);
            ctx.Response.Close();
        });
        using var fetcher = new HttpArticleFetcher(Fast);
        var source = new ReaderArticleSource(new ArticleInputs(fetcher));
        var clock = Stopwatch.StartNew();
        var reading = source.ReadAsync(_server.Url("/late").ToString(), CancellationToken.None);
        var returnedAfter = clock.Elapsed;
        Assert.False(reading.IsCompleted);
        Assert.True(returnedAfter < TimeSpan.FromSeconds(1), $"the call blocked for {returnedAfter.TotalMilliseconds:F0} ms");
        Assert.Contains("clash near Gao", (await reading).Article.Content, StringComparison.Ordinal);
    }
}
