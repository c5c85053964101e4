using System.Text.Json;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.PackageSchema;
using Pulumi.ScpGateway.SdkGen;
using Pulumi.ScpGateway.SdkGen.Emit;

namespace Pulumi.ScpGateway.Tests.Sdk;

public sealed class GeneratorOutputTests
{
    private static readonly string SchemaText = File.ReadAllText(GeneratedSdk.SchemaPath);

    [Fact]
    public void TheSameSchemaGivesByteIdenticalOutput()
    {
        var first = Generate(SchemaText);
        var second = Generate(SchemaText);

        Assert.Equal(first, second);
    }

    [Fact]
    public void OutputDoesNotDependOnTheOrderOfTheSchemaObjects()
    {
        var reordered = Reverse(JsonNode.Parse(SchemaText)!)!.ToJsonString();
        Assert.NotEqual(SchemaText, reordered);

        Assert.Equal(Generate(SchemaText), Generate(reordered));
    }

    [Fact]
    public void EveryFileUsesUnixLineEndingsAndEveryCSharpFileSaysItIsGenerated()
    {
        var files = Generate(SchemaText);

        Assert.All(files, f =>
        {
            Assert.DoesNotContain('\r', f.Value);
            Assert.EndsWith("\n", f.Value, StringComparison.Ordinal);
        });
        Assert.All(files.Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal)), f =>
            Assert.StartsWith(FileHeader.Text, f.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RegeneratingRemovesStaleGeneratedFilesAndKeepsHandWrittenOnes()
    {
        var directory = Directory.CreateTempSubdirectory("scpgateway-sdkgen-").FullName;
        try
        {
            var stale = Path.Combine(directory, "Outputs", "Removed.cs");
            var handWritten = Path.Combine(directory, "Extensions.cs");
            Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
            await File.WriteAllTextAsync(stale, FileHeader.Text + "namespace Old { }\n");
            await File.WriteAllTextAsync(handWritten, "// kept: written by a person\n");

            await SdkWriter.WriteAsync(GeneratedSdk.SchemaPath, directory, CancellationToken.None);

            Assert.False(File.Exists(stale));
            Assert.True(File.Exists(handWritten));
            Assert.True(File.Exists(Path.Combine(directory, "Outputs", "QueueEncryption.cs")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void ObjectTypesGetInputClassesOnlyWhereTheyAreTakenAsInputs()
    {
        var schema = JsonNode.Parse(SchemaText)!;
        // A type only a resource's outputs and state use: Get takes it (GetArgs), arguments never do (Args).
        schema["types"]!["scpgateway:index:Label"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["text"] = new JsonObject { ["type"] = "string" } },
        };
        var api = schema["resources"]!["scpgateway:index:Api"]!;
        api["properties"]!["label"] = new JsonObject { ["$ref"] = "#/types/scpgateway:index:Label" };
        api["stateInputs"]!["properties"]!["label"] = new JsonObject { ["$ref"] = "#/types/scpgateway:index:Label" };

        var files = Generate(schema.ToJsonString());

        // Used as a resource input: both input flavours and the output class.
        Assert.Contains("Inputs/QueueEncryptionArgs.cs", files.Keys);
        Assert.Contains("Inputs/QueueEncryptionGetArgs.cs", files.Keys);
        Assert.Contains("Outputs/QueueEncryption.cs", files.Keys);
        // Returned by functions only: the output class alone.
        Assert.Contains("Outputs/DailyReport.cs", files.Keys);
        Assert.DoesNotContain(files.Keys, path => path.StartsWith("Inputs/DailyReport", StringComparison.Ordinal));
        // A resource output: its state can be given to Get, but nobody passes it as an argument.
        Assert.Contains("Inputs/LabelGetArgs.cs", files.Keys);
        Assert.DoesNotContain("Inputs/LabelArgs.cs", files.Keys);
        Assert.Contains("Outputs/Label.cs", files.Keys);
    }

    [Fact]
    public void TheSdkDirectoryStopsMsBuildFromImportingTheBuildFilesAboveIt()
    {
        var files = Generate(SchemaText);

        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets" })
        {
            var project = System.Xml.Linq.XDocument.Parse(files[name]).Root!;
            Assert.Equal("Project", project.Name.LocalName);
            Assert.Empty(project.Elements());
        }
    }

    private static SortedDictionary<string, string> Generate(string schemaJson)
    {
        using var document = JsonDocument.Parse(schemaJson);
        return SdkGenerator.Generate(SchemaReader.Read(document.RootElement, PropertyOrder.Name));
    }

    /// <summary>The same JSON with the members of every object in reverse order (arrays keep theirs).</summary>
    private static JsonNode? Reverse(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Reverse().Select(p => KeyValuePair.Create(p.Key, Reverse(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Reverse).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };
}
