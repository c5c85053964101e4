namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>Fully qualified names of the Pulumi SDK and BCL types used by the generated code.</summary>
/// <remarks>Everything is <c>global::</c>-qualified because the package may define types such as <c>Resource</c> or <c>Config</c>.</remarks>
public static class PulumiNames
{
    public const string Input = "global::Pulumi.Input";
    public const string InputList = "global::Pulumi.InputList";
    public const string InputMap = "global::Pulumi.InputMap";
    public const string Output = "global::Pulumi.Output";
    public const string OutputAttribute = "global::Pulumi.OutputAttribute";
    public const string InputAttribute = "global::Pulumi.InputAttribute";
    public const string OutputTypeAttribute = "global::Pulumi.OutputTypeAttribute";
    public const string OutputConstructorAttribute = "global::Pulumi.OutputConstructorAttribute";
    public const string CustomResource = "global::Pulumi.CustomResource";
    public const string ProviderResource = "global::Pulumi.ProviderResource";
    public const string ResourceArgs = "global::Pulumi.ResourceArgs";
    public const string InvokeArgs = "global::Pulumi.InvokeArgs";
    public const string CustomResourceOptions = "global::Pulumi.CustomResourceOptions";
    public const string InvokeOptions = "global::Pulumi.InvokeOptions";
    public const string InvokeOutputOptions = "global::Pulumi.InvokeOutputOptions";
    public const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";
    public const string ImmutableDictionary = "global::System.Collections.Immutable.ImmutableDictionary";
    public const string List = "global::System.Collections.Generic.List";
    public const string Dictionary = "global::System.Collections.Generic.Dictionary";
    public const string TaskOfT = "global::System.Threading.Tasks.Task";
}
