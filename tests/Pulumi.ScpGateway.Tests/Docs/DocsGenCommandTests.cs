using Pulumi.ScpGateway.Tests.Sdk;

namespace Pulumi.ScpGateway.Tests.Docs;

/// <summary>Runs the docs generator as a real process, the way <c>make docs</c> does.</summary>
public sealed class DocsGenCommandTests
{
    [Fact]
    public async Task Writes_the_pages_and_reports_how_many()
    {
        var output = Directory.CreateTempSubdirectory("scpgateway-docsgen-cli-").FullName;
        try
        {
            var (exitCode, stdout, stderr) = await RunAsync(RepositoryDocs.SchemaPath, RepositoryDocs.ExamplesDirectory, output);

            Assert.True(exitCode == 0, stderr);
            var pages = Directory.GetFiles(output, "*.md", SearchOption.AllDirectories);
            Assert.Equal($"wrote {pages.Length} pages to {output}", stdout.Trim());
            Assert.True(File.Exists(Path.Combine(output, "installation-configuration.md")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task A_schema_without_a_package_name_fails_with_a_message_and_no_pages()
    {
        var directory = Directory.CreateTempSubdirectory("scpgateway-docsgen-cli-").FullName;
        try
        {
            var schema = Path.Combine(directory, "schema.json");
            await File.WriteAllTextAsync(schema, """{ "version": "1.0.0" }""");
            var output = Path.Combine(directory, "out");

            var (exitCode, _, stderr) = await RunAsync(schema, RepositoryDocs.ExamplesDirectory, output);

            Assert.Equal(1, exitCode);
            Assert.Contains("docsgen: #/name: the package has no name", stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(output));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Wrong_arguments_print_usage()
    {
        var (exitCode, _, stderr) = await RunAsync("schema.json", "docs");

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: docsgen <schema.json> <examplesDir> <outDir>", stderr, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments) =>
        DotnetCommand.RunAsync([Path.Combine(AppContext.BaseDirectory, "Pulumi.ScpGateway.DocsGen.dll"), .. arguments]);
}
