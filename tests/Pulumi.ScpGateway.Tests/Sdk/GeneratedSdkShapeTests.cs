using System.Text.Json;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pulumi.ScpGateway.Tests.Sdk;

/// <summary>What users and the engine see of the generated classes, checked against the schema itself.</summary>
public sealed class GeneratedSdkShapeTests(GeneratedSdk sdk) : IClassFixture<GeneratedSdk>
{
    private static readonly SymbolDisplayFormat Display = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(GeneratedSdk.SchemaPath)).RootElement;

    public static TheoryData<string> ResourceTokens()
    {
        var data = new TheoryData<string>();
        foreach (var resource in Schema.GetProperty("resources").EnumerateObject())
        {
            data.Add(resource.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceTokens))]
    public void SecretOutputsAreListedInAdditionalSecretOutputs(string token)
    {
        var expected = Schema.GetProperty("resources").GetProperty(token).GetProperty("properties").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("secret", out var secret) && secret.GetBoolean())
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, OptionNames(ClassName(token), "AdditionalSecretOutputs"));
    }

    [Fact]
    public void SecretOutputsExistInTheTestSchema()
    {
        Assert.Equal(["key"], OptionNames("ApiKey", "AdditionalSecretOutputs"));
        Assert.Equal(["accessToken"], OptionNames("Auth", "AdditionalSecretOutputs"));
        Assert.Equal(["accessKey", "secretKey"], OptionNames("Provider", "AdditionalSecretOutputs"));
    }

    [Fact]
    public void ReplaceOnChangesAppearsOnlyWhereTheSchemaAsksForIt()
    {
        Assert.Equal(["tags"], OptionNames("Api", "ReplaceOnChanges"));
        Assert.Empty(OptionNames("Queue", "ReplaceOnChanges"));
    }

    [Theory]
    [MemberData(nameof(ResourceTokens))]
    public void RequiredInputsAreMarkedRequiredAndStateHasNone(string token)
    {
        var expected = Schema.GetProperty("resources").GetProperty(token).GetProperty("requiredInputs").EnumerateArray()
            .Select(e => e.GetString()!)
            .Order(StringComparer.Ordinal);
        var name = ClassName(token);

        Assert.Equal(expected, Inputs(name + "Args").Where(i => i.Required).Select(i => i.WireName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Inputs(name + "State"), i => i.Required);
    }

    [Fact]
    public void RequiredOutputsAreNonNullableAndOptionalOnesNullable()
    {
        var apiKey = sdk.Type("Pulumi.ScpGateway.ApiKey");

        Assert.Equal(NullableAnnotation.NotAnnotated, OutputValueType(apiKey, "Key").NullableAnnotation);
        Assert.Equal(NullableAnnotation.Annotated, OutputValueType(apiKey, "CreatedAt").NullableAnnotation);
        Assert.Equal(
            "System.Collections.Immutable.ImmutableDictionary<string, bool>?",
            OutputValueType(sdk.Type("Pulumi.ScpGateway.Method"), "QueryStrings").ToDisplayString(Display));
    }

    [Fact]
    public void EachResourceCarriesItsTokenInThePackageResourceTypeAttribute()
    {
        foreach (var resource in Schema.GetProperty("resources").EnumerateObject())
        {
            var attribute = Assert.Single(sdk.Type("Pulumi.ScpGateway." + ClassName(resource.Name)).GetAttributes());
            Assert.Equal("ScpGatewayResourceTypeAttribute", attribute.AttributeClass!.Name);
            Assert.Equal("Pulumi.ResourceTypeAttribute", attribute.AttributeClass.BaseType!.ToDisplayString());
            Assert.Equal(resource.Name, attribute.ConstructorArguments[0].Value);
        }

        var provider = Assert.Single(sdk.Type("Pulumi.ScpGateway.Provider").GetAttributes());
        Assert.Equal("pulumi:providers:scpgateway", provider.ConstructorArguments[0].Value);
    }

    [Fact]
    public void NamesThatWouldCollideAreRenamedButKeepTheirWireNames()
    {
        Assert.Equal("stage", OutputWireName(sdk.Type("Pulumi.ScpGateway.Stage"), "StageValue"));
        Assert.Equal("urn", OutputWireName(sdk.Type("Pulumi.ScpGateway.Queue"), "UrnValue"));

        // The output constructor's parameter names are matched to wire names, keywords included.
        var constructor = Assert.Single(sdk.Type("Pulumi.ScpGateway.Outputs.DailyReport").InstanceConstructors);
        Assert.Contains(constructor.Parameters, p => p.Name == "default");
        Assert.Contains(constructor.GetAttributes(), a => a.AttributeClass!.Name == "OutputConstructorAttribute");
    }

    [Fact]
    public void DescriptionsBecomeWellFormedDocCommentsWithTheOriginalText()
    {
        var xml = sdk.Type("Pulumi.ScpGateway.Outputs.QueueEncryption").GetDocumentationCommentXml();

        Assert.Equal("KMS key used by a queue <kmsId & kmsName>.", XDocument.Parse(xml!).Root!.Element("summary")!.Value.Trim());
        Assert.Contains("&lt;kmsId &amp; kmsName&gt;", sdk.Files["Outputs/QueueEncryption.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionsInvokeTheirTokenThroughTheDeployment()
    {
        var invocations = Tree("GetApi.cs").GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(i => i.Expression.ToString().StartsWith("global::Pulumi.Deployment.Instance.Invoke", StringComparison.Ordinal))
            .ToList();

        // InvokeAsync, Invoke with InvokeOptions and Invoke with InvokeOutputOptions.
        Assert.Equal(3, invocations.Count);
        Assert.All(invocations, i => Assert.Equal("\"scpgateway:index:getApi\"", i.ArgumentList.Arguments[0].ToString()));
        var invokes = sdk.Type("Pulumi.ScpGateway.GetApi").GetMembers("Invoke").OfType<IMethodSymbol>()
            .Select(method => string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString())))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["Pulumi.ScpGateway.GetApiInvokeArgs, Pulumi.InvokeOutputOptions", "Pulumi.ScpGateway.GetApiInvokeArgs?, Pulumi.InvokeOptions?"], invokes);
        var result = sdk.Type("Pulumi.ScpGateway.GetApiResult");
        Assert.Contains(result.GetAttributes(), a => a.AttributeClass!.Name == "OutputTypeAttribute");
    }

    [Fact]
    public void SecretProviderArgumentsAreWrappedAsSecretsAndNonStringsTravelAsJson()
    {
        var accessKey = Tree("Provider.cs").GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Single(p => p.Identifier.Text == "AccessKey" && p.Parent is ClassDeclarationSyntax { Identifier.Text: "ProviderArgs" });
        var setter = accessKey.AccessorList!.Accessors.Single(a => a.Keyword.Text == "set");
        Assert.Contains("global::Pulumi.Output.CreateSecret", setter.ToString(), StringComparison.Ordinal);

        var inputs = Inputs("ProviderArgs").ToDictionary(i => i.WireName);
        Assert.True(inputs["maxRetries"].Json);
        Assert.False(inputs["region"].Json);
    }

    [Fact]
    public void ConfigExposesSecretsAsOutputsAndAppliesDefaults()
    {
        var config = sdk.Type("Pulumi.ScpGateway.Config");

        Assert.Equal("Pulumi.Output<string>?", PropertyType(config, "AccessKey"));
        Assert.Equal("string", PropertyType(config, "Region"));
        Assert.Equal("int", PropertyType(config, "MaxRetries"));
        Assert.Equal("string?", PropertyType(config, "AccountId"));
        Assert.Contains("__config.Get(\"region\") ?? global::Pulumi.ScpGateway.Utilities.GetEnv(\"SCP_REGION\") ?? \"kr-west1\"", sdk.Files["Config/Config.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectFileTargetsPulumiThree()
    {
        var project = XDocument.Parse(sdk.Files["Pulumi.ScpGateway.csproj"]);
        var reference = Assert.Single(project.Descendants("PackageReference"));

        Assert.Equal("Pulumi", reference.Attribute("Include")!.Value);
        Assert.Equal("3.*", reference.Attribute("Version")!.Value);
        Assert.Equal("0.1.0", project.Descendants("Version").Single().Value);
    }

    private static string ClassName(string token) => SdkGen.Naming.ClassName(token);

    private SyntaxTree Tree(string relativePath) =>
        sdk.Compilation.SyntaxTrees.Single(t => t.FilePath == Path.Combine(sdk.OutputDirectory, relativePath));

    /// <summary>The string literals given to a list option in the default options of a resource class.</summary>
    private List<string> OptionNames(string className, string option)
    {
        var assignment = Tree(className + ".cs").GetRoot().DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .SingleOrDefault(a => a.Left.ToString() == option);
        return assignment?.Right.DescendantNodes().OfType<LiteralExpressionSyntax>().Select(l => l.Token.ValueText).ToList() ?? [];
    }

    private sealed record InputInfo(string WireName, bool Required, bool Json);

    /// <summary>Every [Input] on the properties and fields of a generated class.</summary>
    private List<InputInfo> Inputs(string className) =>
        sdk.Type("Pulumi.ScpGateway." + className).GetMembers()
            .SelectMany(m => m.GetAttributes().Where(a => a.AttributeClass!.Name == "InputAttribute"))
            .Select(a => new InputInfo((string)a.ConstructorArguments[0].Value!, (bool)a.ConstructorArguments[1].Value!, (bool)a.ConstructorArguments[2].Value!))
            .ToList();

    private static ITypeSymbol OutputValueType(INamedTypeSymbol type, string property) =>
        ((INamedTypeSymbol)type.GetMembers(property).OfType<IPropertySymbol>().Single().Type).TypeArguments[0];

    private static string OutputWireName(INamedTypeSymbol type, string property) =>
        (string)type.GetMembers(property).Single().GetAttributes().Single().ConstructorArguments[0].Value!;

    private static string PropertyType(INamedTypeSymbol type, string property) =>
        type.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString(Display);
}
