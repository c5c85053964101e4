using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Pulumi.ScpGateway.Tests.Sdk;

/// <summary>
/// The C# example program of every docs page (docs/gen/examples/&lt;Name&gt;.cs), each compiled as
/// the program it is against the committed SDK and the compile-only Pulumi declarations, like
/// examples/csharp: no errors and no warnings.
/// </summary>
public sealed class DocExampleCompileTests(CommittedSdkLibrary sdk) : IClassFixture<CommittedSdkLibrary>
{
    private static readonly string ExamplesDirectory = RepositoryRoot.Path("docs", "gen", "examples");

    public static TheoryData<string> Examples() =>
        [.. Directory.EnumerateFiles(ExamplesDirectory, "*.cs").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Fact]
    public void EveryYamlExampleHasItsCSharpTwinAndThereAreExamplesAtAll()
    {
        var yaml = Directory.EnumerateFiles(ExamplesDirectory, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        var csharp = Directory.EnumerateFiles(ExamplesDirectory, "*.cs").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(yaml);
        Assert.Equal(yaml, csharp);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheExampleCompilesAgainstTheSdkWithoutErrorsOrWarnings(string file)
    {
        var path = Path.Combine(ExamplesDirectory, file);
        var compilation = SdkCompilation.Compile([KeyValuePair.Create(path, File.ReadAllText(path))], OutputKind.ConsoleApplication)
            .AddReferences(sdk.Reference);

        SdkCompilation.AssertClean(compilation, path);
        // It builds something of this package: the page's resource or calls its function.
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees.Single());
        var used = compilation.SyntaxTrees.Single().GetRoot().DescendantNodes()
            .Select(node => model.GetSymbolInfo(node).Symbol?.ContainingType?.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains(Naming(Path.GetFileNameWithoutExtension(file)), used);
    }

    /// <summary>The C# class of a docs page: <c>getApi</c> → <c>GetApi</c>, <c>Api</c> → <c>Api</c>.</summary>
    private static string Naming(string page) => char.ToUpperInvariant(page[0]) + page[1..];
}

/// <summary>The committed SDK (sdk/dotnet) with the compile-only Pulumi declarations, compiled once as a library the examples reference.</summary>
public sealed class CommittedSdkLibrary : IAsyncLifetime
{
    public MetadataReference Reference { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var sources = new List<KeyValuePair<string, string>>();
        foreach (var (relative, text) in await CommittedSdk.FilesAsync(CommittedSdk.SdkDirectory))
        {
            if (relative.EndsWith(".cs", StringComparison.Ordinal))
            {
                sources.Add(KeyValuePair.Create(Path.Combine(CommittedSdk.SdkDirectory, relative), text));
            }
        }

        var declarations = SdkCompilation.TestFile("compile-only", "PulumiApiDeclarations.cs");
        sources.Add(KeyValuePair.Create(declarations, await File.ReadAllTextAsync(declarations)));
        var library = SdkCompilation.Compile(sources);
        SdkCompilation.AssertClean(library, CommittedSdk.SdkDirectory);
        Reference = library.ToMetadataReference();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
