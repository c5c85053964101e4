using Pulumi.ScpGateway.PackageSchema;
using static Pulumi.ScpGateway.SdkGen.Emit.PulumiNames;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>Writes a resource class (or the provider class) with its constructors, options and Get.</summary>
public sealed class ResourceEmitter(TypeNames types, string resourceTypeAttribute, string? pluginDownloadUrl)
{
    // Members a resource inherits or declares itself: schema properties with these names are renamed.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Id", "Urn", "Get", "MakeResourceOptions", "GetResourceType", "GetResourceName", "GetType", "ToString", "Equals", "GetHashCode",
    };

    public void WriteResource(CodeWriter writer, ResourceSpec resource)
    {
        var className = Naming.Pascal(resource.Name);
        var self = Qualified(className);
        var args = Qualified(className + "Args");
        var state = Qualified(className + "State");

        WriteClassStart(writer, resource, CustomResource);
        using (writer.Block())
        {
            WriteOutputs(writer, className, resource.Outputs.Properties);

            WritePublicConstructor(writer, resource, args, CSharpLiteral.String(resource.Token), "MakeResourceOptions(options, null)");

            writer.Line();
            writer.Line($"private {className}(string name, {Input}<string> id, {state}? state = null, {CustomResourceOptions}? options = null)");
            writer.Line($"    : base({CSharpLiteral.String(resource.Token)}, name, state, MakeResourceOptions(options, id))");
            using (writer.Block())
            {
            }

            writer.Line();
            WriteMakeResourceOptions(writer, resource, withId: true);
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line($"/// Get an existing {className} resource's state with the given name, ID, and optional extra");
            writer.Line("/// properties used to qualify the lookup.");
            writer.Line("/// </summary>");
            writer.Line("/// <param name=\"name\">The unique name of the resulting resource.</param>");
            writer.Line("/// <param name=\"id\">The unique provider ID of the resource to lookup.</param>");
            writer.Line("/// <param name=\"state\">Any extra arguments used during the lookup.</param>");
            writer.Line("/// <param name=\"options\">A bag of options that control this resource's behavior</param>");
            writer.Line($"public static {self} Get(string name, {Input}<string> id, {state}? state = null, {CustomResourceOptions}? options = null)");
            using (writer.Block())
            {
                writer.Line($"return new {self}(name, id, state, options);");
            }
        }
    }

    public void WriteProvider(CodeWriter writer, ResourceSpec provider, string packageName)
    {
        // Like Pulumi's own SDKs, only string-valued provider outputs are exposed.
        var outputs = provider.Outputs.Properties.Where(p => p.Type.Kind == TypeKind.String).ToList();
        var args = Qualified("ProviderArgs");

        WriteClassStart(writer, provider, ProviderResource);
        using (writer.Block())
        {
            WriteOutputs(writer, Naming.Pascal(provider.Name), outputs);

            // A provider's base constructor takes the package name, not a token.
            WritePublicConstructor(writer, provider, args, CSharpLiteral.String(packageName), "MakeResourceOptions(options)");

            writer.Line();
            WriteMakeResourceOptions(writer, provider, withId: false);
        }
    }

    private void WriteClassStart(CodeWriter writer, ResourceSpec resource, string baseType)
    {
        writer.Summary(resource.Description);
        writer.Line($"[global::{types.RootNamespace}.{resourceTypeAttribute}({CSharpLiteral.String(resource.Token)})]");
        writer.Line($"public partial class {Naming.Pascal(resource.Name)} : {baseType}");
    }

    private void WriteOutputs(CodeWriter writer, string className, IReadOnlyList<PropertySpec> properties)
    {
        foreach (var property in properties)
        {
            writer.Summary(property.Description);
            writer.Line($"[{OutputAttribute}({CSharpLiteral.String(property.Name)})]");
            var type = types.Output(property.Type, property.Required);
            writer.Line($"public {Output}<{type}> {Naming.Property(property.Name, className, Reserved)} {{ get; private set; }} = null!;");
            writer.Line();
        }
    }

    /// <summary>The constructor users call; the arguments may be left out only when no input is required.</summary>
    private static void WritePublicConstructor(CodeWriter writer, ResourceSpec resource, string args, string firstBaseArgument, string options)
    {
        writer.Line("/// <summary>");
        var className = Naming.Pascal(resource.Name);
        writer.Line($"/// Create a {className} resource with the given unique name, arguments, and options.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"name\">The unique name of the resource</param>");
        writer.Line("/// <param name=\"args\">The arguments used to populate this resource's properties</param>");
        writer.Line("/// <param name=\"options\">A bag of options that control this resource's behavior</param>");
        var argsParameter = resource.Inputs.HasRequired ? $"{args} args" : $"{args}? args = null";
        writer.Line($"public {className}(string name, {argsParameter}, {CustomResourceOptions}? options = null)");
        writer.Line($"    : base({firstBaseArgument}, name, args ?? new {args}(), {options})");
        using (writer.Block())
        {
        }
    }

    private void WriteMakeResourceOptions(CodeWriter writer, ResourceSpec resource, bool withId)
    {
        var idParameter = withId ? $", {Input}<string>? id" : "";
        writer.Line($"private static {CustomResourceOptions} MakeResourceOptions({CustomResourceOptions}? options{idParameter})");
        using (writer.Block())
        {
            writer.Line($"var defaultOptions = new {CustomResourceOptions}");
            using (writer.Block(";"))
            {
                writer.Line($"Version = global::{types.RootNamespace}.Utilities.Version,");
                if (pluginDownloadUrl is not null)
                {
                    writer.Line($"PluginDownloadURL = {CSharpLiteral.String(pluginDownloadUrl)},");
                }

                WriteNameList(writer, "AdditionalSecretOutputs", resource.Outputs.Properties.Where(p => p.Secret));
                WriteNameList(writer, "ReplaceOnChanges", resource.Outputs.Properties.Where(p => p.ReplaceOnChanges));
            }

            writer.Line($"var merged = {CustomResourceOptions}.Merge(defaultOptions, options);");
            if (withId)
            {
                // An id makes the engine read an existing resource instead of creating one.
                writer.Line("merged.Id = id ?? merged.Id;");
            }

            writer.Line("return merged;");
        }
    }

    private static void WriteNameList(CodeWriter writer, string option, IEnumerable<PropertySpec> properties)
    {
        var names = properties.Select(p => CSharpLiteral.String(p.Name)).ToList();
        if (names.Count == 0)
        {
            return;
        }

        writer.Line($"{option} =");
        using (writer.Block(","))
        {
            foreach (var name in names)
            {
                writer.Line(name + ",");
            }
        }
    }

    private string Qualified(string name) => $"global::{types.RootNamespace}.{name}";
}
