using System.Net;

namespace RelationsGraph.Web.Security;

/// <summary>Whether the addresses the server listens on can be reached from other machines.</summary>
internal static class ServerBinding
{
    /// <summary>The addresses that are not loopback: wildcards (<c>0.0.0.0</c>, <c>[::]</c>, <c>*</c>, <c>+</c>), other IPs and host names.</summary>
    public static IReadOnlyList<string> Reachable(IEnumerable<string> addresses) =>
        addresses.Where(address => !IsLoopback(address)).ToList();

    internal static bool IsLoopback(string address)
    {
        var host = HostOf(address);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    private static string HostOf(string address)
    {
        var rest = address;
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            rest = rest[(scheme + 3)..];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            rest = rest[..slash];
        }

        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? rest[..(close + 1)] : rest;
        }

        var colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }
}
