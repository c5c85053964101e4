using Pulumi.ScpGateway.Tests.Docs;
using Pulumi.ScpGateway.Tests.Sdk;

namespace Pulumi.ScpGateway.Tests.PackageSchema;

/// <summary>The SDK and docs generators run as real processes, the way <c>make sdk</c> and <c>make docs</c> run them.</summary>
public sealed class GeneratorCommandTests
{
    [Theory]
    [InlineData("sdkgen", "files", "Api.cs")]
    [InlineData("docsgen", "pages", "installation-configuration.md")]
    public async Task A_generator_writes_its_output_and_says_how_many_files(string generator, string unit, string expectedFile)
    {
        await InTemporaryDirectoryAsync(async directory =>
        {
            var output = Path.Combine(directory, "out");

            var (exitCode, stdout, stderr) = await RunAsync(generator, RepositoryDocs.SchemaPath, output);

            Assert.True(exitCode == 0, stderr);
            var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories);
            Assert.Equal($"wrote {files.Length} {unit} to {output}", stdout.Trim());
            Assert.True(File.Exists(Path.Combine(output, expectedFile)));
        });
    }

    [Theory]
    [InlineData("sdkgen")]
    [InlineData("docsgen")]
    public async Task A_schema_the_reader_refuses_fails_with_the_message_and_no_output(string generator)
    {
        await InTemporaryDirectoryAsync(async directory =>
        {
            var schema = Path.Combine(directory, "schema.json");
            await File.WriteAllTextAsync(schema, """{ "name": "scpgateway", "resources": { "scpgateway:index:Api": { "properties": { "size": { "type": "decimal" } } } } }""");
            var output = Path.Combine(directory, "out");

            var (exitCode, _, stderr) = await RunAsync(generator, schema, output);

            Assert.Equal(1, exitCode);
            Assert.Contains($"{generator}: #/resources/scpgateway:index:Api/properties/size: unknown type 'decimal'", stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(output));
        });
    }

    [Theory]
    [InlineData("Pulumi.ScpGateway.SdkGen.dll", "usage: sdkgen <schema.json> <outDir>")]
    [InlineData("Pulumi.ScpGateway.DocsGen.dll", "usage: docsgen <schema.json> <examplesDir> <outDir>")]
    public async Task Wrong_arguments_print_the_usage(string assembly, string usage)
    {
        var (exitCode, _, stderr) = await DotnetCommand.RunAsync(Path.Combine(AppContext.BaseDirectory, assembly), "only-one-argument");

        Assert.Equal(2, exitCode);
        Assert.Contains(usage, stderr, StringComparison.Ordinal);
    }

    /// <summary>Runs a generator with a schema and an output directory (docsgen also takes the repository's examples).</summary>
    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string generator, string schema, string output) => generator switch
    {
        "sdkgen" => DotnetCommand.RunAsync(Path.Combine(AppContext.BaseDirectory, "Pulumi.ScpGateway.SdkGen.dll"), schema, output),
        _ => DotnetCommand.RunAsync(Path.Combine(AppContext.BaseDirectory, "Pulumi.ScpGateway.DocsGen.dll"), schema, RepositoryDocs.ExamplesDirectory, output),
    };

    private static async Task InTemporaryDirectoryAsync(Func<string, Task> test)
    {
        var directory = Directory.CreateTempSubdirectory("scpgateway-generator-cli-").FullName;
        try
        {
            await test(directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
