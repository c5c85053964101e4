using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Pulumi.ScpGateway.Tests.Sdk;

/// <summary>
/// The committed SDK (sdk/dotnet) and C# example (examples/csharp) as they are in the checkout,
/// compiled together as one program against the compile-only Pulumi declarations, with the
/// compile-only program that passes resource and invoke options (InvokeOptionsProgram.cs).
/// </summary>
public sealed class CommittedSdk : IAsyncLifetime
{
    public static string SdkDirectory => RepositoryRoot.Path("sdk", "dotnet");

    public static string ExampleDirectory => RepositoryRoot.Path("examples", "csharp");

    public static string ExampleProgramPath => Path.Combine(ExampleDirectory, "Program.cs");

    public CSharpCompilation Compilation { get; private set; } = null!;

    /// <summary>Every file of a directory as the repository has it (relative '/'-separated path → text), build output left out.</summary>
    public static async Task<SortedDictionary<string, string>> FilesAsync(string directory)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
            if (!relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                files[relative] = await File.ReadAllTextAsync(path);
            }
        }

        return files;
    }

    public async Task InitializeAsync()
    {
        var sources = new List<KeyValuePair<string, string>>();
        foreach (var directory in new[] { SdkDirectory, ExampleDirectory })
        {
            sources.AddRange((await FilesAsync(directory))
                .Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal))
                .Select(f => KeyValuePair.Create(Path.Combine(directory, f.Key), f.Value)));
        }

        foreach (var file in new[] { "PulumiApiDeclarations.cs", "InvokeOptionsProgram.cs" })
        {
            var path = SdkCompilation.TestFile("compile-only", file);
            sources.Add(KeyValuePair.Create(path, await File.ReadAllTextAsync(path)));
        }
        Compilation = SdkCompilation.Compile(sources, OutputKind.ConsoleApplication);
    }

    public SyntaxTree Tree(string path) => Compilation.SyntaxTrees.Single(t => t.FilePath == path);

    public Task DisposeAsync() => Task.CompletedTask;
}
