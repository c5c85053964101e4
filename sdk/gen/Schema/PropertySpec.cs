namespace Pulumi.ScpGateway.SdkGen.Schema;

/// <summary>One property of a resource, object type, function or the provider configuration.</summary>
public sealed record PropertySpec(
    string WireName,
    TypeRef Type,
    string? Description,
    bool Secret,
    bool ReplaceOnChanges,
    string? DefaultLiteral,
    IReadOnlyList<string> DefaultEnvironment);
