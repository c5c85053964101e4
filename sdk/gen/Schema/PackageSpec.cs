namespace Pulumi.ScpGateway.SdkGen.Schema;

/// <summary>Everything the generator reads from schema.json, in a stable order.</summary>
public sealed record PackageSpec(
    string Name,
    string Version,
    string? Description,
    string CSharpNamespace,
    IReadOnlyDictionary<string, string> PackageReferences,
    string? PluginDownloadUrl,
    ObjectSpec Config,
    ResourceSpec Provider,
    IReadOnlyList<ResourceSpec> Resources,
    IReadOnlyList<FunctionSpec> Functions,
    IReadOnlyList<ObjectSpec> Types);
