using Microsoft.CodeAnalysis;

namespace Pulumi.ScpGateway.Tests.Sdk;

public sealed class GeneratedSdkCompileTests(GeneratedSdk sdk) : IClassFixture<GeneratedSdk>
{
    [Fact]
    public void GeneratedSdkAndAUserProgramCompileWithoutErrorsOrWarnings()
    {
        SdkCompilation.AssertClean(sdk.Compilation, sdk.OutputDirectory);
    }

    [Fact]
    public void EveryResourceFunctionAndTypeOfTheSchemaHasItsFile()
    {
        string[] expected =
        [
            "AccessControl.cs", "Api.cs", "ApiKey.cs", "Auth.cs", "Deployment.cs", "Method.cs", "PrivateLinkEndpoint.cs",
            "PrivateLinkEndpointApproval.cs", "Queue.cs", "Resource.cs", "Stage.cs", "UsagePlan.cs",
            "CheckQueueName.cs", "GetApi.cs", "GetApiKeys.cs", "GetApis.cs", "GetQueue.cs", "GetReports.cs", "GetResources.cs", "GetStage.cs",
            "Inputs/QueueEncryptionArgs.cs", "Inputs/QueueEncryptionGetArgs.cs", "Outputs/QueueEncryption.cs",
            "Provider.cs", "Config/Config.cs", "Utilities.cs", "Pulumi.ScpGateway.csproj",
        ];
        Assert.All(expected, path => Assert.Contains(path, sdk.Files.Keys));
        Assert.Equal(sdk.Files.Count, sdk.WrittenCount);
    }

    [Fact]
    public async Task OmittingTheArgumentsOfAResourceWithRequiredInputsDoesNotCompile()
    {
        var sources = await sdk.SourcesAsync(includeProgram: false);
        sources.Add(KeyValuePair.Create("Missing.cs", "public static class Missing { public static object Make() => new Pulumi.ScpGateway.ApiKey(\"k\"); }"));
        var errors = SdkCompilation.Compile(sources).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        // CS7036: no argument given for the required parameter 'args'.
        var error = Assert.Single(errors);
        Assert.Equal("CS7036", error.Id);
        Assert.Equal("Missing.cs", error.Location.SourceTree?.FilePath);
    }

    [Fact]
    public async Task AResourceWithoutRequiredInputsCanBeCreatedWithANameOnly()
    {
        var sources = await sdk.SourcesAsync(includeProgram: false);
        sources.Add(KeyValuePair.Create("NameOnly.cs", "public static class NameOnly { public static object Make() => new Pulumi.ScpGateway.Api(\"a\"); }"));

        SdkCompilation.AssertClean(SdkCompilation.Compile(sources), sdk.OutputDirectory);
    }

    [Fact]
    public async Task UnqualifiedResourceIsAmbiguousForUsersOfBothNamespacesButTheGeneratedCodeIsNot()
    {
        // Documents why the example program qualifies `Resource`: Pulumi has a Resource class too.
        var sources = await sdk.SourcesAsync(includeProgram: false);
        sources.Add(KeyValuePair.Create("Bare.cs", "using Pulumi; using Pulumi.ScpGateway; public static class Bare { public static object Make() => new Resource(\"r\", null!); }"));
        var errors = SdkCompilation.Compile(sources).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.All(errors, e => Assert.Equal("Bare.cs", e.Location.SourceTree?.FilePath));
        Assert.Contains(errors, e => e.Id == "CS0104");
    }
}
