namespace Pulumi.ScpGateway.DocsGen.Schema;

/// <summary>schema.json or an example lacks something the pages need; the message says what.</summary>
public sealed class SchemaException(string message) : Exception(message);
