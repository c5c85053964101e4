using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>Where an API is reachable, as SCP spells it.</summary>
[EnumType("EndpointType", "Where an API is reachable.")]
public static class EndpointTypes
{
    [EnumValue("A public regional endpoint.")]
    public const string Region = "REGION";

    [EnumValue("Only through PrivateLink endpoints.")]
    public const string Private = "PRIVATE";
}
