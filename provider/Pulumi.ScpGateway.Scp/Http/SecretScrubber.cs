namespace Pulumi.ScpGateway.Scp.Http;

/// <summary>
/// Removes known secret values from text that came from elsewhere (server error words), in case
/// a server echoes back what it received.
/// </summary>
public sealed class SecretScrubber(IEnumerable<string> secrets)
{
    public const string Mask = "[redacted]";

    private readonly string[] _secrets = secrets.Where(s => s.Length >= 4).Distinct().OrderByDescending(s => s.Length).ToArray();

    public string Scrub(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }
        return text;
    }
}
