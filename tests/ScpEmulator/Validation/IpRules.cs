using System.Net;
using System.Net.Sockets;

namespace Pulumi.ScpGateway.ScpEmulator.Validation;

/// <summary>IPv4 addresses and CIDR blocks, as access controls and queue ACLs accept them.</summary>
public static class IpRules
{
    public static string? CheckAddressOrCidr(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var address = slash < 0 ? value : value[..slash];
        if (!IsIPv4(address))
        {
            return $"'{value}' is not an IPv4 address or CIDR block";
        }

        if (slash >= 0 && !(int.TryParse(value[(slash + 1)..], out var prefix) && prefix is >= 0 and <= 32))
        {
            return $"'{value}' has a prefix length outside 0..32";
        }

        return null;
    }

    private static bool IsIPv4(string text) =>
        text.Count(c => c == '.') == 3
        && IPAddress.TryParse(text, out var parsed)
        && parsed.AddressFamily == AddressFamily.InterNetwork;
}
