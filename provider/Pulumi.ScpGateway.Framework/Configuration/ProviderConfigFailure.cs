namespace Pulumi.ScpGateway.Framework;

/// <summary>A CheckConfig failure: the config key and why its value is rejected.</summary>
public sealed record ProviderConfigFailure(string Property, string Reason);
