namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>Schema tokens such as <c>pkg:index:Api</c>.</summary>
public static class Tokens
{
    /// <summary>The last segment: <c>Api</c>.</summary>
    public static string Member(string token) => token[(token.LastIndexOf(':') + 1)..];
}
