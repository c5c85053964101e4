using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>A path segment of an Api; the root has an empty path part and the path <c>/</c>.</summary>
public sealed class ResourceRecord : StoredObject
{
    public string ApiId { get; set; } = string.Empty;

    public string ParentId { get; set; } = string.Empty;

    public string PathPart { get; set; } = string.Empty;

    public string Path { get; set; } = "/";

    /// <summary>Keyed by method type (GET, POST, ..., ANY).</summary>
    public Dictionary<string, MethodRecord> Methods { get; } = [];
}

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
