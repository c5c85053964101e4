namespace Pulumi.ScpGateway.Framework;

/// <summary>An id (given to import, Get or Read) that does not fit the resource's id template.</summary>
public sealed class ResourceIdException(string message) : Exception(message);
