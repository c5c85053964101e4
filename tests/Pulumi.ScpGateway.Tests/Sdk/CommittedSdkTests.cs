using System.Text.Json;
using Pulumi.ScpGateway.SdkGen;

namespace Pulumi.ScpGateway.Tests.Sdk;

/// <summary>sdk/dotnet and examples/csharp as committed: in step with schema.json, and compiling.</summary>
public sealed class CommittedSdkTests(CommittedSdk committed) : IClassFixture<CommittedSdk>
{
    [Fact]
    public async Task TheCommittedSdkIsWhatTheGeneratorWritesFromTheCommittedSchema()
    {
        var fresh = Directory.CreateTempSubdirectory("scpgateway-sdk-sync-").FullName;
        try
        {
            await SdkWriter.WriteAsync(RepositoryRoot.Path("schema.json"), fresh, CancellationToken.None);
            var expected = await CommittedSdk.FilesAsync(fresh);
            var actual = await CommittedSdk.FilesAsync(CommittedSdk.SdkDirectory);

            var differing = expected.Keys.Union(actual.Keys)
                .Where(path => !expected.TryGetValue(path, out var want) || !actual.TryGetValue(path, out var have) || want != have)
                .Order(StringComparer.Ordinal)
                .ToList();
            Assert.True(differing.Count == 0, "sdk/dotnet is out of date with schema.json; run `make sdk`. Differing files: " + string.Join(", ", differing));
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    [Fact]
    public void TheCommittedSdkAndTheCSharpExampleCompileWithoutErrorsOrWarnings()
    {
        Assert.Contains(committed.Compilation.SyntaxTrees, t => t.FilePath == CommittedSdk.ExampleProgramPath);
        Assert.Contains(committed.Compilation.SyntaxTrees, t => t.FilePath == Path.Combine(CommittedSdk.SdkDirectory, "Stage.cs"));
        Assert.Contains(committed.Compilation.SyntaxTrees, t => t.FilePath == SdkCompilation.TestFile("compile-only", "InvokeOptionsProgram.cs"));

        SdkCompilation.AssertClean(committed.Compilation, RepositoryRoot.Path());
    }

    [Theory]
    [InlineData("sdk/dotnet/Pulumi.ScpGateway.csproj", "net6.0")]
    [InlineData("examples/csharp/ScpGatewayExample.csproj", "net10.0")]
    public async Task TheSdkAndTheExampleBuildWithTheirOwnSettingsNotTheRepositorys(string project, string targetFramework)
    {
        // MSBuild's evaluation of the project, as `dotnet build` would see it (no restore needed).
        var (exitCode, stdout, stderr) = await DotnetCommand.RunAsync(
            "msbuild", RepositoryRoot.Path(project), "-getProperty:TargetFramework", "-getProperty:TreatWarningsAsErrors", "-getProperty:DirectoryBuildPropsPath", "-getProperty:DirectoryBuildTargetsPath");
        Assert.True(exitCode == 0, stderr + stdout);
        var properties = JsonDocument.Parse(stdout).RootElement.GetProperty("Properties");

        // The repository's Directory.Build.props makes warnings errors and targets net10.0 everywhere.
        Assert.Equal(targetFramework, properties.GetProperty("TargetFramework").GetString());
        Assert.NotEqual("true", properties.GetProperty("TreatWarningsAsErrors").GetString());
        var directory = Path.GetDirectoryName(RepositoryRoot.Path(project))!;
        Assert.Equal(Path.Combine(directory, "Directory.Build.props"), properties.GetProperty("DirectoryBuildPropsPath").GetString());
        Assert.Equal(Path.Combine(directory, "Directory.Build.targets"), properties.GetProperty("DirectoryBuildTargetsPath").GetString());
    }
}
