namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>The integration types as SCP spells them.</summary>
public static class MethodIntegrationTypes
{
    public const string Http = "HTTP";
    public const string Scf = "SCF";
    public const string PrivateLink = "PRIVATELINK";
}
