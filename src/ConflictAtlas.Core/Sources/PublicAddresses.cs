using System.Net;
using System.Net.NetworkInformation;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Sources;

/// <summary>
/// Tells public internet addresses from those a server must not be made to fetch on a caller's behalf: every block of
/// IANA's IPv4 and IPv6 special-purpose registries (<c>Resources/special-addresses.tsv</c>: private, loopback,
/// link-local with the cloud metadata address 169.254.169.254, documentation, benchmarking, multicast, reserved, ...)
/// and the addresses of this machine's own network interfaces. IPv4 addresses inside IPv6 (mapped
/// <c>::ffff:a.b.c.d</c>, NAT64 <c>64:ff9b::a.b.c.d</c>) are judged by their IPv4 address.
/// </summary>
public static class PublicAddresses
{
    /// <summary>What <see cref="Refusal"/> calls an address of this machine.</summary>
    public const string OwnAddress = "this machine's own";

    /// <summary>How long the list of this machine's interface addresses is reused before it is read again.</summary>
    private static readonly TimeSpan OwnAddressesLifetime = TimeSpan.FromSeconds(30);

    /// <summary>The refused ranges and what each is, in the table's order.</summary>
    private static readonly (IPNetwork Network, string Kind)[] Refused =
        [.. ResourceFile.ReadRows("special-addresses.tsv").Select(r => (IPNetwork.Parse(ResourceFile.Field(r, 0)), ResourceFile.Field(r, 1)))];

    /// <summary>IPv6 prefix whose last 32 bits are an IPv4 address (RFC 6052 NAT64).</summary>
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    private static readonly Lock OwnLock = new();
    private static (HashSet<IPAddress> Addresses, DateTime ReadAt) _own = ([], DateTime.MinValue);

    /// <summary>What kind of non-public address <paramref name="address"/> is ("loopback", "documentation (TEST-NET-1)",
    /// "this machine's own", ...), or null when it is a public address.</summary>
    public static string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        else if (Nat64.Contains(address))
        {
            address = new IPAddress(address.GetAddressBytes()[12..]);
        }

        foreach (var (network, kind) in Refused)
        {
            if (network.Contains(address))
            {
                return kind;
            }
        }

        return OwnAddresses().Contains(Plain(address)) ? OwnAddress : null;
    }

    /// <summary>The address without an IPv6 scope id and IPv4 as IPv4, so equal addresses compare equal.</summary>
    private static IPAddress Plain(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : new IPAddress(address.GetAddressBytes());

    /// <summary>The local addresses the Linux kernel lists: IPv4 host routes marked LOCAL in <c>/proc/net/fib_trie</c>
    /// and IPv6 addresses in <c>/proc/net/if_inet6</c> (none elsewhere).</summary>
    private static List<IPAddress> ProcAddresses()
    {
        var found = new List<IPAddress>();
        try
        {
            if (File.Exists("/proc/net/fib_trie"))
            {
                string? last = null;
                foreach (var line in File.ReadLines("/proc/net/fib_trie"))
                {
                    var text = line.Trim();
                    if (text.StartsWith("|-- ", StringComparison.Ordinal))
                    {
                        last = text[4..];
                    }
                    else if (text == "/32 host LOCAL" && last is not null && IPAddress.TryParse(last, out var v4))
                    {
                        found.Add(v4);
                    }
                }
            }

            if (File.Exists("/proc/net/if_inet6"))
            {
                foreach (var line in File.ReadLines("/proc/net/if_inet6"))
                {
                    var hex = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                    if (hex is { Length: 32 })
                    {
                        found.Add(new IPAddress(Convert.FromHexString(hex)));
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // Not readable here: the interface listing and the ranges still apply.
        }

        return found;
    }

    /// <summary>The unicast addresses of this machine's network interfaces (a public address of the host reaches its
    /// own services just as loopback does), read again every <see cref="OwnAddressesLifetime"/>.</summary>
    public static IReadOnlySet<IPAddress> OwnAddresses()
    {
        lock (OwnLock)
        {
            if (DateTime.UtcNow - _own.ReadAt > OwnAddressesLifetime)
            {
                var addresses = new HashSet<IPAddress>();
                try
                {
                    foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
                    {
                        foreach (var unicast in nic.GetIPProperties().UnicastAddresses)
                        {
                            addresses.Add(Plain(unicast.Address));
                        }
                    }
                }
                catch (Exception ex) when (ex is NetworkInformationException or System.Net.Sockets.SocketException or PlatformNotSupportedException)
                {
                    // Some sandboxes refuse the interface listing; Linux still tells in /proc (read below).
                }

                addresses.UnionWith(ProcAddresses());
                _own = (addresses, DateTime.UtcNow);
            }

            return _own.Addresses;
        }
    }
}
