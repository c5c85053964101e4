namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>A provider call that failed; the message names the resource, the call and the provider's answer.</summary>
public sealed class ProviderCallException(string message, Exception? inner = null) : Exception(message, inner);
