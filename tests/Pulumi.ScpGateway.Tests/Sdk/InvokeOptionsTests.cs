using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pulumi.ScpGateway.PackageSchema;
using Pulumi.ScpGateway.SdkGen.Emit;

namespace Pulumi.ScpGateway.Tests.Sdk;

/// <summary>
/// What a program's invoke options become on their way through the SDK: the options the caller
/// set (DependsOn above all, which orders a lookup after the resources it needs) reach the engine,
/// and <c>Invoke(args, InvokeOutputOptions)</c> is the overload such a program calls.
/// </summary>
public sealed class InvokeOptionsTests(CommittedSdk committed) : IClassFixture<CommittedSdk>
{
    // Runs against the generated Utilities.cs: what WithDefaults hands on for each way it is called.
    private const string Probe = """
        #nullable enable
        using Pulumi;

        public static class Probe
        {
            public static string[] Run()
            {
                var api = new Resource("api");
                var parent = new Resource("parent");
                var output = new InvokeOutputOptions { Parent = parent, DependsOn = { api } };
                var viaOutputOverload = Pulumi.ScpGateway.Utilities.WithDefaults(output);
                var viaPlainOverload = Pulumi.ScpGateway.Utilities.WithDefaults((InvokeOptions)new InvokeOutputOptions { DependsOn = { api } });
                var pinned = Pulumi.ScpGateway.Utilities.WithDefaults(new InvokeOptions { Version = "9.9.9", PluginDownloadURL = "https://plugins.example" });
                var none = Pulumi.ScpGateway.Utilities.WithDefaults((InvokeOptions?)null);
                return new[]
                {
                    string.Join(",", viaOutputOverload.DependsOn.ConvertAll(r => r.Name)),
                    viaOutputOverload.Parent?.Name ?? "(no parent)",
                    viaOutputOverload.Version ?? "(no version)",
                    viaPlainOverload is InvokeOutputOptions kept ? string.Join(",", kept.DependsOn.ConvertAll(r => r.Name)) : "(DependsOn dropped)",
                    pinned.Version + " " + pinned.PluginDownloadURL,
                    none.Version ?? "(no version)",
                };
            }
        }
        """;

    [Fact]
    public async Task WithDefaultsKeepsTheCallersDependsOnParentAndVersionAndFillsInOnlyTheVersion()
    {
        var package = await SchemaReader.ReadFileAsync(RepositoryRoot.Path("schema.json"), PropertyOrder.Declaration, CancellationToken.None);
        var utilities = SdkGenerator.Generate(package)["Utilities.cs"];
        var model = SdkCompilation.TestFile("runnable", "InvokeOptionsModel.cs");

        var result = Run(SdkCompilation.Compile(
        [
            KeyValuePair.Create("Utilities.cs", utilities),
            KeyValuePair.Create(model, await File.ReadAllTextAsync(model)),
            KeyValuePair.Create("Probe.cs", Probe),
        ]));

        Assert.Equal(
            [
                "api",                                   // DependsOn of output invoke options
                "parent",                                // the caller's parent
                package.Version,                         // the version, which the caller left unset
                "api",                                   // an InvokeOutputOptions passed where InvokeOptions are taken
                "9.9.9 https://plugins.example",         // what the caller set is not overwritten
                package.Version,                         // no options at all: the package's version
            ],
            result);
    }

    [Fact]
    public void AProgramPassingOutputInvokeOptionsCallsTheOverloadThatTakesThem()
    {
        var tree = committed.Tree(SdkCompilation.TestFile("compile-only", "InvokeOptionsProgram.cs"));
        var model = committed.Compilation.GetSemanticModel(tree);
        var calls = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(call => model.GetSymbolInfo(call).Symbol as IMethodSymbol)
            .Where(method => method is { Name: "Invoke", ContainingType.Name: "GetUsagePlans" or "GetResources" or "GetApi" })
            .Select(method => $"{method!.ContainingType.Name}: {method.Parameters[1].Type.ToDisplayString()}")
            .ToList();

        Assert.Equal(
            ["GetUsagePlans: Pulumi.InvokeOutputOptions", "GetApi: Pulumi.InvokeOptions?", "GetResources: Pulumi.InvokeOutputOptions"],
            calls);
    }

    /// <summary>Emits the compilation, loads it in a collectible context and returns what Probe.Run answers.</summary>
    private static string[] Run(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        var context = new AssemblyLoadContext("invoke-options-probe", isCollectible: true);
        try
        {
            var probe = context.LoadFromStream(image).GetType("Probe", throwOnError: true)!;
            return (string[])probe.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
