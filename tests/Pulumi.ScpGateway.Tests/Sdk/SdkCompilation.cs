using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Pulumi.ScpGateway.Tests.Sdk;

/// <summary>Compiles C# sources in memory with Roslyn against the running platform's assemblies.</summary>
public static class SdkCompilation
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> PlatformReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static string TestFile(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Sdk", .. parts]);

    /// <summary>Parses and compiles the given files (path → text) into one library, or one program when <paramref name="kind"/> says so.</summary>
    public static CSharpCompilation Compile(IEnumerable<KeyValuePair<string, string>> files, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp10, DocumentationMode.Diagnose);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Value, parseOptions, f.Key)).ToList();
        return CSharpCompilation.Create(
            "GeneratedSdkUnderTest",
            trees,
            PlatformReferences.Value,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable)
                // As in the generated project file: members without a schema description have no doc comment.
                .WithSpecificDiagnosticOptions([KeyValuePair.Create("CS1591", ReportDiagnostic.Suppress)]));
    }

    /// <summary>Errors anywhere, and warnings in files whose path starts with <paramref name="warningScope"/>.</summary>
    public static IReadOnlyList<string> Problems(Compilation compilation, string warningScope) =>
        compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error
                || (d.Severity == DiagnosticSeverity.Warning && (d.Location.SourceTree?.FilePath.StartsWith(warningScope, StringComparison.Ordinal) ?? false)))
            .Select(d => d.ToString())
            .ToList();

    /// <summary>Fails listing every problem (xunit would truncate a collection comparison).</summary>
    public static void AssertClean(Compilation compilation, string warningScope)
    {
        var problems = Problems(compilation, warningScope);
        if (problems.Count > 0)
        {
            Assert.Fail($"{problems.Count} compiler problems:\n" + string.Join("\n", problems));
        }
    }
}
