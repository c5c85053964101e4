using System.Text;

namespace Pulumi.ScpGateway.Scp.Http;

/// <summary>
/// Builds request URLs in the one canonical spelling that is both sent and signed: path
/// parameters percent-escaped, query keys sorted ordinally, values form-escaped.
/// </summary>
internal static class ScpUrl
{
    /// <summary>Fills <c>{name}</c> placeholders of a seed path template, in order, with escaped values.</summary>
    public static string Path(string template, params string[] values)
    {
        var result = new StringBuilder(template.Length + 32);
        var next = 0;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                result.Append(template[i]);
                continue;
            }
            var close = template.IndexOf('}', i);
            var name = template[(i + 1)..close];
            if (next >= values.Length)
            {
                throw new ArgumentException($"No value for path parameter '{name}'.", nameof(values));
            }
            var value = values[next++];
            if (string.IsNullOrEmpty(value))
            {
                // An empty id would silently address a different (list) endpoint.
                throw new ArgumentException($"Path parameter '{name}' must not be empty.", nameof(values));
            }
            result.Append(Uri.EscapeDataString(value));
            i = close;
        }
        return result.ToString();
    }

    public static Uri Compose(Uri baseUri, string path, IEnumerable<KeyValuePair<string, string>> query)
    {
        var text = new StringBuilder(baseUri.AbsoluteUri.TrimEnd('/'));
        text.Append(path);
        var separator = '?';
        foreach (var (key, value) in query.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(separator).Append(FormEscape(key)).Append('=').Append(FormEscape(value));
            separator = '&';
        }
        return new Uri(text.ToString(), UriKind.Absolute);
    }

    /// <summary>application/x-www-form-urlencoded escaping: unreserved characters kept, space as '+'.</summary>
    public static string FormEscape(string value) => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);
}
