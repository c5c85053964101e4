namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>
/// schema.json is malformed, or uses something a generator cannot express; the message starts
/// with where (a path into schema.json such as <c>#/resources/pkg:index:Api/properties/name</c>).
/// </summary>
public sealed class SchemaException(string message) : Exception(message);
