namespace Pulumi.ScpGateway.SdkGen.Schema;

/// <summary>The schema uses something this generator cannot express, or is malformed.</summary>
public sealed class SchemaException(string message) : Exception(message);
