using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>An HTTP method on a resource and its integration.</summary>
public sealed class MethodRecord : StoredObject
{
    public string MethodType { get; set; } = string.Empty;

    public string IntegrationType { get; set; } = string.Empty;

    public string? EndpointUrl { get; set; }

    public string? FunctionId { get; set; }

    public string? PrivatelinkEndpointId { get; set; }

    public bool ApiKeyRequired { get; set; }

    public ParameterMap? QueryStrings { get; set; }

    public ParameterMap? RequestHeaders { get; set; }
}
