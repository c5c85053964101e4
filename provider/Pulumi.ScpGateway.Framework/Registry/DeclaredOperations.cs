using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// The calls answered from a resource's declaration alone, with no instance and so no cloud
/// client: they work even while the provider's configuration is still unknown (preview).
/// </summary>
internal static class DeclaredOperations
{
    /// <param name="unfinished">An earlier run's create of this resource that never reported back, if any.</param>
    public static CheckResult Check(ResourceDeclaration declaration, ResourceCheckRequest request, CreateJournalEntry? unfinished = null)
    {
        var naming = new AutonameContext(request.LogicalName, request.RandomSeed, request.Autonaming) { Unfinished = unfinished?.Identity };
        return InputChecker.Check(declaration.Args, request.Olds, request.News, naming, declaration.OutputNames);
    }

    public static DiffResult Diff(ResourceDeclaration declaration, ResourceDiffRequest request) =>
        InputDiffer.Diff(declaration.Args, request.Olds, request.OldInputs, request.News, request.IgnoreChanges);

    public static ResourceCreateResult PreviewCreate(ResourceDeclaration declaration, ResourceCreateRequest request) =>
        new("", ResourceOutputs.Preview(declaration, request.Properties, oldState: null));

    public static PropertyMap PreviewUpdate(ResourceDeclaration declaration, ResourceUpdateRequest request) =>
        ResourceOutputs.Preview(declaration, request.News, request.Olds);
}
