using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>
/// One SCP object adopt found, as the provider's Read gives it: its resource type (Api, Stage, ...),
/// import id, inputs and outputs. <paramref name="NameParts"/> are what its readable resource name is
/// made of (SCP names, path segments); <paramref name="Api"/> is the API it belongs to, if any.
/// </summary>
public sealed record FoundObject(string Type, string ImportId, PropertyMap Inputs, PropertyMap Outputs, IReadOnlyList<string> NameParts, FoundApi? Api)
{
    public string Token => $"{PackageSchema.PackageName}:index:{Type}";
}

/// <summary>An API being adopted: its SCP id and name (names of its objects start with it when several APIs are adopted).</summary>
public sealed record FoundApi(string Id, string Name);
