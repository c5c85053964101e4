using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>The strings a program gave as secrets (inside secret wrappers or secret outputs), to keep out of error texts.</summary>
internal static class SecretTexts
{
    public const string Mask = "[redacted]";

    /// <summary><paramref name="text"/> with each of <paramref name="secrets"/> replaced by <see cref="Mask"/>, longest first.</summary>
    public static string Masked(string text, IEnumerable<string> secrets)
    {
        foreach (var secret in secrets.Where(secret => secret.Length > 0).Distinct().OrderByDescending(secret => secret.Length))
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }
        return text;
    }

    public static IReadOnlyList<string> Of(PropertyMap values)
    {
        var found = new List<string>();
        foreach (var (_, value) in values)
        {
            Collect(value, secret: false, found);
        }
        return found;
    }

    private static void Collect(PropertyValue value, bool secret, List<string> found)
    {
        switch (value.Kind)
        {
            case PropertyValueKind.String when secret:
                found.Add(value.AsString);
                break;
            case PropertyValueKind.Secret:
                Collect(value.SecretValue, secret: true, found);
                break;
            case PropertyValueKind.Output when value.AsOutput.Value is { } inner:
                Collect(inner, secret || value.AsOutput.IsSecret, found);
                break;
            case PropertyValueKind.Array:
                value.AsArray.ToList().ForEach(item => Collect(item, secret, found));
                break;
            case PropertyValueKind.Object:
                value.AsObject.Select(entry => entry.Value).ToList().ForEach(item => Collect(item, secret, found));
                break;
        }
    }
}
