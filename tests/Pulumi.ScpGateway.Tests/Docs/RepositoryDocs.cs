using Pulumi.ScpGateway.DocsGen;

namespace Pulumi.ScpGateway.Tests.Docs;

/// <summary>The repository's schema.json, example programs and committed docs/, and the pages the generator makes of them.</summary>
internal static class RepositoryDocs
{
    public static readonly string Root = FindRoot();

    public static string DocsDirectory => Path.Combine(Root, "docs");

    public static string ExamplesDirectory => Path.Combine(Root, "docs", "gen", "examples");

    public static string SchemaPath => Path.Combine(Root, "schema.json");

    private static readonly Lazy<SortedDictionary<string, string>> Generated = new(() =>
        DocsWriter.GenerateAsync(SchemaPath, ExamplesDirectory, CancellationToken.None).GetAwaiter().GetResult());

    public static SortedDictionary<string, string> Pages => Generated.Value;

    /// <summary>The table row of <paramref name="property"/> on a page (the first one).</summary>
    public static string Row(string page, string property) =>
        Pages[page].Split('\n').First(line => line.StartsWith($"| `{property}` |", StringComparison.Ordinal));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PulumiScpGateway.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("The repository root (PulumiScpGateway.sln) was not found above the test directory.");
    }
}
