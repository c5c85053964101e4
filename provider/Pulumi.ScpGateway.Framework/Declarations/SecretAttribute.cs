namespace Pulumi.ScpGateway.Framework;

/// <summary>The value is secret: outputs always carry it wrapped, and the schema says so.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
