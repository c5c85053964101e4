namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>An invoke: its arguments and its result object (null when the schema declares none).</summary>
/// <param name="Name">The last segment of the token (<c>getApi</c>).</param>
public sealed record FunctionSpec(string Token, string Name, string Description, ObjectSpec Inputs, ObjectSpec? Outputs);
