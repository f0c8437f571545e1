using System.Diagnostics;
using System.Net;
using System.Text;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Sources;

/// <summary>The address check of a fetcher that serves other callers (the server's <c>POST /api/documents {url}</c>).</summary>
public sealed class AddressCheckTests : IDisposable
{
    private static readonly FetchOptions Guarded = new()
    {
        PerHostDelay = TimeSpan.Zero,
        RetryDelay = TimeSpan.FromSeconds(2),
        Timeout = TimeSpan.FromSeconds(10),
        AddressCheck = PublicAddresses.Refusal,
    };

    private readonly LocalServer _server = new();

    public void Dispose() => _server.Dispose();

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.200.3.4", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("::ffff:192.168.1.1", "private")]
    [InlineData("100.64.0.1", "private (shared address space)")]
    [InlineData("fd12:3456::1", "private")]
    [InlineData("fc00::1", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("64:ff9b::a9fe:a9fe", "link-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("febf::1", "link-local")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("250.1.2.3", "reserved")]
    [InlineData("192.0.0.8", "special-purpose (IETF protocol assignments)")]
    [InlineData("192.0.2.10", "documentation (TEST-NET-1)")]
    [InlineData("198.18.0.1", "benchmarking")]
    [InlineData("198.19.255.254", "benchmarking")]
    [InlineData("198.51.100.7", "documentation (TEST-NET-2)")]
    [InlineData("203.0.113.99", "documentation (TEST-NET-3)")]
    [InlineData("192.88.99.1", "special-purpose (6to4 relay anycast)")]
    [InlineData("::ffff:198.51.100.7", "documentation (TEST-NET-2)")]
    [InlineData("64:ff9b::c000:20a", "documentation (TEST-NET-1)")]
    [InlineData("64:ff9b::a00:1", "private")]
    [InlineData("64:ff9b:1::1", "special-purpose (local-use IPv4/IPv6 translation)")]
    [InlineData("2001:db8::1", "documentation")]
    [InlineData("2001:db8:ffff::1", "documentation")]
    [InlineData("2001::1", "special-purpose (IETF protocol assignments)")]
    [InlineData("2002:c0a8:101::1", "special-purpose (6to4)")]
    [InlineData("100::1", "special-purpose (discard-only)")]
    [InlineData("3fff::1", "documentation")]
    [InlineData("::7f00:1", "special-purpose (IPv4-compatible, deprecated)")]
    [InlineData("198.20.0.1", null)]
    [InlineData("203.0.114.1", null)]
    [InlineData("8.8.8.8", null)]
    [InlineData("172.32.0.1", null)]
    [InlineData("192.169.0.1", null)]
    [InlineData("169.255.0.1", null)]
    [InlineData("2001:db9::1", null)]
    [InlineData("2a00:1450:4001::200e", null)]
    [InlineData("fec0::1", "site-local (deprecated)")]
    [InlineData("::ffff:8.8.8.8", null)]
    public void Each_non_public_range_is_named_and_public_addresses_pass(string address, string? kind) =>
        Assert.Equal(kind, PublicAddresses.Refusal(IPAddress.Parse(address)));

    [Fact]
    public void The_machines_own_interface_addresses_are_refused()
    {
        var own = PublicAddresses.OwnAddresses();
        Assert.NotEmpty(own);
        // Each one, loopback or not, and whatever range it is in (a public address of the host included).
        Assert.All(own, a => Assert.NotNull(PublicAddresses.Refusal(a)));
        Assert.Contains(own, a => !IPAddress.IsLoopback(a));
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1 is a loopback address")]
    [InlineData("localhost", "localhost resolves to")]
    public async Task A_loopback_host_is_refused_before_any_request_and_not_retried(string host, string message)
    {
        _server.MapText("/story", "<p>Story</p>");
        using var fetcher = new HttpArticleFetcher(Guarded);
        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(new Uri($"http://{host}:{_server.Port}/story"), CancellationToken.None));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("only public addresses", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
        // A retry would have waited RetryDelay first.
        Assert.True(watch.Elapsed < Guarded.RetryDelay, $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Without_a_check_the_same_address_is_fetched()
    {
        _server.MapText("/story", "<p>Story</p>");
        using var fetcher = new HttpArticleFetcher(Guarded with { AddressCheck = null });
        var fetched = await fetcher.FetchAsync(_server.Url("/story"), CancellationToken.None);
        Assert.Equal("<p>Story</p>", Encoding.UTF8.GetString(fetched.Body));
    }

    [Fact]
    public async Task A_redirect_to_a_refused_address_is_checked_again_and_stopped()
    {
        // Only 127.0.0.1 is allowed here; the redirect leads to a real page on 127.0.0.2.
        using var other = new LocalServer("127.0.0.2");
        other.MapText("/secret", "<p>internal</p>");
        _server.MapRedirect("/go", other.Url("/secret").ToString());
        static string? OnlyFirstLoopback(IPAddress a) => a.Equals(IPAddress.Loopback) ? null : "test-refused";

        using (var unguarded = new HttpArticleFetcher(Guarded with { AddressCheck = null }))
        {
            Assert.Equal("<p>internal</p>", Encoding.UTF8.GetString((await unguarded.FetchAsync(_server.Url("/go"), CancellationToken.None)).Body));
        }

        var before = other.Requests.Count;
        using var fetcher = new HttpArticleFetcher(Guarded with { AddressCheck = OnlyFirstLoopback });
        var error = await Assert.ThrowsAsync<InputException>(() => fetcher.FetchAsync(_server.Url("/go"), CancellationToken.None));
        Assert.Contains("127.0.0.2 is a test-refused address", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, other.Requests.Count);
        Assert.Contains(_server.Requests, r => r.Path == "/go");
    }
}
