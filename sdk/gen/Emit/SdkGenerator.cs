using Pulumi.ScpGateway.PackageSchema;
using static Pulumi.ScpGateway.SdkGen.Emit.PulumiNames;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>Produces every file of the C# SDK for a package, keyed by relative path ('/'-separated).</summary>
public static class SdkGenerator
{
    public static SortedDictionary<string, string> Generate(PackageSpec package)
    {
        var root = Naming.RootNamespace(package);
        var types = new TypeNames(root, package.Enums);
        var attribute = Naming.Pascal(root[(root.LastIndexOf('.') + 1)..]) + "ResourceTypeAttribute";
        var inputs = new InputClassEmitter(types);
        var outputTypes = new OutputTypeEmitter(types);
        var resources = new ResourceEmitter(types, attribute, package.PluginDownloadUrl);
        var functions = new FunctionEmitter(types, inputs, new PlainArgsEmitter(types), outputTypes);
        var support = new SupportFilesEmitter(package, root, attribute);

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string path, string @namespace, Action<CodeWriter> body)
        {
            var writer = FileHeader.Start(@namespace);
            using (writer.Block())
            {
                body(writer);
            }

            if (!files.TryAdd(path, writer.ToString()))
            {
                throw new SchemaException($"two schema entries generate {path}");
            }
        }

        foreach (var resource in package.Resources)
        {
            var name = Naming.Pascal(resource.Name);
            Add($"{name}.cs", root, w =>
            {
                resources.WriteResource(w, resource);
                w.Line();
                inputs.Write(w, new InputClass(name + "Args", ResourceArgs, resource.Inputs, InputFlavor.Args), null);
                w.Line();
                inputs.Write(w, new InputClass(name + "State", ResourceArgs, Optional(resource.State), InputFlavor.GetArgs), null);
            });
        }

        foreach (var function in package.Functions)
        {
            Add($"{Naming.Pascal(function.Name)}.cs", root, w => functions.Write(w, function));
        }

        var usage = TypeUsage.Of(package);
        foreach (var type in package.Types.Values)
        {
            var name = Naming.Pascal(type.Name);
            if (usage.Args.Contains(type.Token))
            {
                Add($"Inputs/{name}Args.cs", root + ".Inputs", w =>
                    inputs.Write(w, new InputClass(name + "Args", ResourceArgs, type.Object, InputFlavor.Args), type.Description));
            }

            if (usage.GetArgs.Contains(type.Token))
            {
                Add($"Inputs/{name}GetArgs.cs", root + ".Inputs", w =>
                    inputs.Write(w, new InputClass(name + "GetArgs", ResourceArgs, type.Object, InputFlavor.GetArgs), type.Description));
            }

            if (usage.Outputs.Contains(type.Token))
            {
                Add($"Outputs/{name}.cs", root + ".Outputs", w => outputTypes.Write(w, name, type.Object, type.Description));
            }
        }

        if (package.Enums.Count > 0)
        {
            Add("Enums.cs", root, w => EnumEmitter.Write(w, package.Enums.Values));
        }

        Add("Provider.cs", root, w =>
        {
            resources.WriteProvider(w, package.Provider, package.Name);
            w.Line();
            inputs.Write(w, new InputClass("ProviderArgs", ResourceArgs, package.Provider.Inputs, InputFlavor.Args, JsonEncodeNonStrings: true), null);
        });
        Add("Config/Config.cs", root, w => new ConfigEmitter(types).Write(w, package.Name, package.Config));
        Add("Utilities.cs", root, support.WriteUtilities);
        files.Add($"{root}.csproj", support.ProjectFile());
        files.Add("Directory.Build.props", SupportFilesEmitter.BuildBoundaryFile());
        files.Add("Directory.Build.targets", SupportFilesEmitter.BuildBoundaryFile());
        return files;
    }

    /// <summary>The state given to <c>Get</c> only narrows the lookup: none of it is required.</summary>
    private static ObjectSpec Optional(ObjectSpec state) =>
        new([.. state.Properties.Select(property => property with { Required = false })]);
}
