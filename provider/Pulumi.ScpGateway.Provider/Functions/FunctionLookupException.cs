namespace Pulumi.ScpGateway.Provider.Functions;

/// <summary>A function was asked for one object that SCP does not have.</summary>
public sealed class FunctionLookupException(string message) : Exception(message);
