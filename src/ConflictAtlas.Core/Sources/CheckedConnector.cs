using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace ConflictAtlas.Core.Sources;

/// <summary>
/// The connect step of an HTTP client that checks where it connects: the host is resolved once, every address it
/// resolves to is checked, and the socket connects to exactly those addresses. Each new connection (the first
/// request, every redirect to another host) goes through here, so neither a redirect nor a DNS answer that changes
/// between a check and the connection (DNS rebinding) can reach a refused address.
/// </summary>
public static class CheckedConnector
{
    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> that refuses any host with an address for which
    /// <paramref name="check"/> names a reason.</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Create(Func<IPAddress, string?> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host.Trim('[', ']');
            var addresses = IPAddress.TryParse(host, out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            foreach (var address in addresses)
            {
                if (check(address) is { } kind)
                {
                    var what = literal is null ? $"{host} resolves to {address}" : $"{address} is";
                    throw new AddressRefusedException($"not fetched: {what}{(literal is null ? "," : "")} {Article(kind)} {kind} address; only public addresses are fetched here");
                }
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
    }

    private static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
}
