using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.ScpEmulator.Gate;

/// <summary>One SCP call waiting at the closed gate, as <c>GET /_emulator/gate</c> lists it.</summary>
public sealed class HeldCall(string operation, string method, string path, string? objectName)
{
    [JsonPropertyName("operation")]
    public string Operation { get; } = operation;

    [JsonPropertyName("method")]
    public string Method { get; } = method;

    [JsonPropertyName("path")]
    public string Path { get; } = path;

    [JsonPropertyName("object_name")]
    public string? ObjectName { get; } = objectName;

    /// <summary>Completes when the test lets the call go on.</summary>
    [JsonIgnore]
    public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
