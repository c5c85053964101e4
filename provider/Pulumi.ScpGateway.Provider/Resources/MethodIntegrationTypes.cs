using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>The integration types as SCP spells them.</summary>
[EnumType("IntegrationType", "Where a method sends the calls it receives.")]
public static class MethodIntegrationTypes
{
    [EnumValue("An HTTP endpoint (endpointUrl).")]
    public const string Http = "HTTP";

    [EnumValue("A Cloud Function (functionId).")]
    public const string Scf = "SCF";

    [EnumValue("An endpoint reached through a PrivateLink endpoint (endpointUrl and privatelinkEndpointId).")]
    public const string PrivateLink = "PRIVATELINK";
}
