namespace Pulumi.ScpGateway.Tests.Docs;

/// <summary>docs/ is generated: what is committed must be what <c>make docs</c> writes from schema.json.</summary>
public class DocsInSyncTests
{
    [Fact]
    public void Every_committed_page_is_what_make_docs_writes()
    {
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
