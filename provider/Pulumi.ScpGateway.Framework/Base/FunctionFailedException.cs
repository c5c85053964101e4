namespace Pulumi.ScpGateway.Framework;

/// <summary>A function's failure, retold with the secret arguments it quoted masked.</summary>
public sealed class FunctionFailedException(string message, Exception cause) : Exception(message, cause);
