namespace Pulumi.ScpGateway.SdkGen.Schema;

/// <summary>An invoke: its arguments and its result object.</summary>
public sealed record FunctionSpec(string Token, string Name, string? Description, ObjectSpec Inputs, ObjectSpec Outputs);
