namespace Pulumi.ScpGateway.Framework;

/// <summary>A resource type or function token this provider does not have.</summary>
public sealed class UnknownTokenException(string kind, string token, IEnumerable<string> known)
    : Exception($"Unknown {kind} '{EchoedValue.Of(token)}'; this provider has {string.Join(", ", known.Order(StringComparer.Ordinal))}")
{
    public string Token { get; } = token;
}
