namespace Pulumi.ScpGateway.Tests.Sdk;

/// <summary>Runs the generator as a real process, the way the build does.</summary>
public sealed class SdkGenCommandTests
{
    [Fact]
    public async Task WritesTheSdkAndReportsHowManyFiles()
    {
        var output = Directory.CreateTempSubdirectory("scpgateway-sdkgen-cli-").FullName;
        try
        {
            var (exitCode, stdout, stderr) = await RunAsync(GeneratedSdk.SchemaPath, output);

            Assert.True(exitCode == 0, stderr);
            var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories);
            Assert.Equal($"wrote {files.Length} files to {output}", stdout.Trim());
            Assert.True(File.Exists(Path.Combine(output, "Api.cs")));
            Assert.True(File.Exists(Path.Combine(output, "Pulumi.ScpGateway.csproj")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task ASchemaItCannotExpressFailsWithAMessageAndNoOutput()
    {
        var directory = Directory.CreateTempSubdirectory("scpgateway-sdkgen-cli-").FullName;
        try
        {
            var schema = Path.Combine(directory, "schema.json");
            await File.WriteAllTextAsync(schema, """{ "name": "scpgateway", "resources": { "scpgateway:index:Api": { "properties": { "size": { "type": "decimal" } } } } }""");
            var output = Path.Combine(directory, "out");

            var (exitCode, _, stderr) = await RunAsync(schema, output);

            Assert.Equal(1, exitCode);
            Assert.Contains("sdkgen: #/resources/scpgateway:index:Api/properties/size: unknown type 'decimal'", stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(output));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task WrongArgumentsPrintUsage()
    {
        var (exitCode, _, stderr) = await RunAsync("only-one-argument");

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: sdkgen <schema.json> <outDir>", stderr, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments) =>
        DotnetCommand.RunAsync([Path.Combine(AppContext.BaseDirectory, "Pulumi.ScpGateway.SdkGen.dll"), .. arguments]);
}
