using Pulumi.ScpGateway.Provider.Resources;

namespace Pulumi.ScpGateway.Tests.Docs;

/// <summary>docs/ is generated: what is committed must be what <c>make docs</c> writes from schema.json.</summary>
public class DocsInSyncTests
{
    [Fact]
    public void Every_committed_page_is_what_make_docs_writes()
    {
        // The generator's pages, checked against the package's own list: an empty set would check nothing.
        var catalog = PackageCatalog.Create();
        string[] expectedPages =
        [
            "index.md",
            "installation-configuration.md",
            .. catalog.ResourceTokens.Select(token => $"resources/{token[(token.LastIndexOf(':') + 1)..]}.md"),
            .. catalog.FunctionTokens.Select(token => $"functions/{token[(token.LastIndexOf(':') + 1)..]}.md"),
        ];
        Assert.Equal(expectedPages.Order(StringComparer.Ordinal), RepositoryDocs.Pages.Keys.Order(StringComparer.Ordinal));

        foreach (var (relative, expected) in RepositoryDocs.Pages)
        {
            var path = Path.Combine(RepositoryDocs.DocsDirectory, relative);
            Assert.True(File.Exists(path), $"docs/{relative} is missing: run `make docs`.");
            Assert.True(expected == File.ReadAllText(path), $"docs/{relative} differs from what the generator writes: run `make docs`.");
        }
    }

    [Fact]
    public void The_generated_folders_hold_no_page_the_schema_no_longer_has()
    {
        var committed = new[] { "resources", "functions" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryDocs.DocsDirectory, folder), "*.md")
                .Select(file => $"{folder}/{Path.GetFileName(file)}"));

        Assert.All(committed, page => Assert.True(RepositoryDocs.Pages.ContainsKey(page), $"docs/{page} is not generated any more: run `make docs`."));
    }
}
