using Pulumi.ScpGateway.Provider.Resources;

namespace Pulumi.ScpGateway.Provider.Framework;

public sealed partial class ResourceProviderService
{
    /// <summary>The schema.json of this build, as GetSchema answers it; <c>make schema</c> writes it to the repository.</summary>
    public static string PackageSchemaJson() =>
        PackageSchema.ToJson(PackageSchema.Build(AssemblyVersion(), PackageCatalog.Create().Schema()));
}
