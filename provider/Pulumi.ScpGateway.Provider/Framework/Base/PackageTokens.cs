namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>Tokens of this package: <c>scpgateway:index:&lt;Name&gt;</c>.</summary>
public static class PackageTokens
{
    public const string Package = "scpgateway";

    public static string For(string name) => $"{Package}:index:{name}";
}
