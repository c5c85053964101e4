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
