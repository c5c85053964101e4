using System.Globalization;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>The string must be an IPv4 address (<c>10.0.0.1</c>) or CIDR block (<c>10.0.0.0/24</c>).</summary>
public sealed class IpAddressOrCidrAttribute : PropertyRuleAttribute
{
    protected internal override string? Problem(PropertyValue value) =>
        value.Kind == PropertyValueKind.String && IsAddressOrBlock(value.AsString)
            ? null
            : "must be an IPv4 address such as 10.0.0.1 or a CIDR block such as 10.0.0.0/24";

    private static bool IsAddressOrBlock(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var address = slash < 0 ? text : text[..slash];
        if (slash >= 0)
        {
            var prefix = text[(slash + 1)..];
            if (prefix.Length is 0 or > 2 || !prefix.All(char.IsAsciiDigit)
                || int.Parse(prefix, CultureInfo.InvariantCulture) > 32)
            {
                return false;
            }
        }
        // Parsed by hand: IPAddress.TryParse also accepts "1", "1.2" and octal forms.
        var parts = address.Split('.');
        return parts.Length == 4
            && parts.All(part => part.Length is > 0 and <= 3 && part.All(char.IsAsciiDigit)
                && int.Parse(part, CultureInfo.InvariantCulture) <= 255);
    }
}
