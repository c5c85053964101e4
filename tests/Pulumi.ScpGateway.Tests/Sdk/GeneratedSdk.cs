using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pulumi.ScpGateway.SdkGen;

namespace Pulumi.ScpGateway.Tests.Sdk;

/// <summary>
/// The SDK generated from the test schema into a temporary directory by the real writer, and its
/// compilation together with the Pulumi API declarations and a user program. Shared by a test class.
/// </summary>
public sealed class GeneratedSdk : IAsyncLifetime
{
    public string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), "scpgateway-sdkgen-" + Guid.NewGuid().ToString("N"));

    public int WrittenCount { get; private set; }

    /// <summary>Generated files, relative path ('/'-separated) → text.</summary>
    public SortedDictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    public CSharpCompilation Compilation { get; private set; } = null!;

    public static string SchemaPath => SdkCompilation.TestFile("testdata", "schema.json");

    public async Task InitializeAsync()
    {
        WrittenCount = await SdkWriter.WriteAsync(SchemaPath, OutputDirectory, CancellationToken.None);
        foreach (var path in Directory.EnumerateFiles(OutputDirectory, "*", SearchOption.AllDirectories))
        {
            Files[Path.GetRelativePath(OutputDirectory, path).Replace('\\', '/')] = await File.ReadAllTextAsync(path);
        }

        Compilation = SdkCompilation.Compile(await SourcesAsync(includeProgram: true));
    }

    /// <summary>The generated C# files (keyed by absolute path under the output directory) plus the compile-only files.</summary>
    public async Task<List<KeyValuePair<string, string>>> SourcesAsync(bool includeProgram)
    {
        var sources = Files
            .Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(Path.Combine(OutputDirectory, f.Key), f.Value))
            .ToList();
        var declarations = SdkCompilation.TestFile("compile-only", "PulumiApiDeclarations.cs");
        sources.Add(KeyValuePair.Create(declarations, await File.ReadAllTextAsync(declarations)));
        if (includeProgram)
        {
            var program = SdkCompilation.TestFile("compile-only", "GatewayProgram.cs");
            sources.Add(KeyValuePair.Create(program, await File.ReadAllTextAsync(program)));
        }

        return sources;
    }

    public INamedTypeSymbol Type(string metadataName) =>
        Compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException($"{metadataName} was not generated");

    public Task DisposeAsync()
    {
        Directory.Delete(OutputDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
