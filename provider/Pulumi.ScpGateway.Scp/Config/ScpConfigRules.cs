using System.Globalization;
using System.Text.RegularExpressions;

namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// Validation rules for single config values. Each returns the reason a value is wrong, or
/// null. Reasons do not quote the value: whoever reports them knows whether it may be shown.
/// </summary>
public static partial class ScpConfigRules
{
    public static Func<string, string?> OneOf(params string[] allowed) =>
        value => allowed.Contains(value, StringComparer.Ordinal)
            ? null
            : $"must be one of {string.Join(", ", allowed)}";

    public static string? AbsoluteHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : "must be an absolute http:// or https:// URL";

    public static string? RegionName(string value) =>
        RegionPattern().IsMatch(value) ? null : "must be a region name such as kr-west1";

    public static Func<string, string?> IntegerRange(int min, int max) =>
        value => TryParseInteger(value, out var number) && number >= min && number <= max
            ? null
            : $"must be a whole number from {min} to {max}";

    /// <summary>
    /// Parses an integer config value. The engine passes config as text ("3"); a value that
    /// went through JSON may read "3.0", which is still exactly 3.
    /// </summary>
    public static bool TryParseInteger(string value, out long number)
    {
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return true;
        }
        // Config values are small; staying well inside the exact-double range keeps the cast exact.
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            && Math.Floor(real) == real && Math.Abs(real) <= 9007199254740992.0)
        {
            number = (long)real;
            return true;
        }
        return false;
    }

    // Region names end up in a host name, so only DNS label characters are allowed.
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex RegionPattern();
}
