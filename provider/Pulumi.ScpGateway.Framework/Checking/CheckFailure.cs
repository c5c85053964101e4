namespace Pulumi.ScpGateway.Framework;

/// <summary>Why one input property (a path such as <c>encryption.kmsId</c>) is refused.</summary>
public sealed record CheckFailure(string Property, string Reason);
