using Pulumi.ScpGateway.SdkGen.Schema;
using static Pulumi.ScpGateway.SdkGen.Emit.PulumiNames;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>Produces every file of the C# SDK for a package, keyed by relative path ('/'-separated).</summary>
public static class SdkGenerator
{
    public static SortedDictionary<string, string> Generate(PackageSpec package)
    {
        var root = package.CSharpNamespace;
        var types = new TypeNames(root);
        var attribute = Naming.Pascal(root[(root.LastIndexOf('.') + 1)..]) + "ResourceTypeAttribute";
        var inputs = new InputClassEmitter(types);
        var outputTypes = new OutputTypeEmitter(types);
        var resources = new ResourceEmitter(types, attribute, package.PluginDownloadUrl);
        var functions = new FunctionEmitter(types, inputs, new PlainArgsEmitter(types), outputTypes);
        var support = new SupportFilesEmitter(package, attribute);

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
            Add($"{resource.Name}.cs", root, w =>
            {
                resources.WriteResource(w, resource);
                w.Line();
                inputs.Write(w, new InputClass(resource.Name + "Args", ResourceArgs, resource.Inputs, InputFlavor.Args), null);
                w.Line();
                inputs.Write(w, new InputClass(resource.Name + "State", ResourceArgs, resource.State, InputFlavor.GetArgs), null);
            });
        }

        foreach (var function in package.Functions)
        {
            Add($"{function.Name}.cs", root, w => functions.Write(w, function));
        }

        var usage = TypeUsage.Of(package);
        foreach (var type in package.Types.Where(t => usage.Args.Contains(t.Name)))
        {
            Add($"Inputs/{type.Name}Args.cs", root + ".Inputs", w =>
                inputs.Write(w, new InputClass(type.Name + "Args", ResourceArgs, type, InputFlavor.Args), type.Description));
        }

        foreach (var type in package.Types.Where(t => usage.GetArgs.Contains(t.Name)))
        {
            Add($"Inputs/{type.Name}GetArgs.cs", root + ".Inputs", w =>
                inputs.Write(w, new InputClass(type.Name + "GetArgs", ResourceArgs, type, InputFlavor.GetArgs), type.Description));
        }

        foreach (var type in package.Types.Where(t => usage.Outputs.Contains(t.Name)))
        {
            Add($"Outputs/{type.Name}.cs", root + ".Outputs", w => outputTypes.Write(w, type.Name, type, type.Description));
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
}
