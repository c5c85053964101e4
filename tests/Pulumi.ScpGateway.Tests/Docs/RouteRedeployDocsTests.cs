using System.Text.RegularExpressions;

namespace Pulumi.ScpGateway.Tests.Docs;

/// <summary>
/// A changed route reaches callers only through a new deployment, and SCP shows nothing the provider
/// could notice a stale stage by: every example that has a Deployment builds its triggers from every
/// Method's id, and the Deployment and Stage pages lead with that and say why.
/// </summary>
public partial class RouteRedeployDocsTests
{
    /// <summary>Every example program with a Deployment: the docs examples (YAML and C#) and examples/.</summary>
    public static TheoryData<string> ExamplesWithADeployment()
    {
        var files = Directory.EnumerateFiles(RepositoryDocs.ExamplesDirectory)
            .Where(file => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
            .Append(RepositoryRoot.Path("examples", "yaml", "Pulumi.yaml"))
            .Append(RepositoryRoot.Path("examples", "csharp", "Program.cs"))
            .Where(file => DeploymentBlock(File.ReadAllText(file)) is not null)
            .Select(file => Path.GetRelativePath(RepositoryDocs.Root, file))
            .Order(StringComparer.Ordinal);
        return [.. files];
    }

    [Fact]
    public void The_examples_with_a_deployment_are_found()
    {
        // The theory below checks nothing if the search finds nothing.
        Assert.Superset(
            new HashSet<string> { "docs/gen/examples/Deployment.yaml", "docs/gen/examples/Stage.yaml", "examples/yaml/Pulumi.yaml", "examples/csharp/Program.cs" },
            ExamplesWithADeployment().Cast<object[]>().Select(row => (string)row[0]).ToHashSet());
    }

    [Theory]
    [MemberData(nameof(ExamplesWithADeployment))]
    public void The_deployment_triggers_hold_every_methods_id(string example)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryDocs.Root, example));
        var methods = example.EndsWith(".cs", StringComparison.Ordinal)
            ? CSharpMethod().Matches(text).Select(match => (Name: match.Groups[1].Value, Id: $"{match.Groups[1].Value}.Id"))
            : YamlMethod().Matches(text).Select(match => (Name: match.Groups[1].Value, Id: $"${{{match.Groups[1].Value}.id}}"));
        var deployment = DeploymentBlock(text)!;
        var triggers = deployment.IndexOf("riggers", StringComparison.Ordinal);

        Assert.NotEmpty(methods);
        Assert.True(triggers >= 0, $"{example}: the Deployment has no triggers");
        Assert.All(methods, method => Assert.True(
            deployment[triggers..].Contains(method.Id, StringComparison.Ordinal),
            $"{example}: the Deployment's triggers leave out method {method.Name} ({method.Id}), so changing it would not redeploy"));
    }

    [Theory]
    [InlineData("resources/Deployment.md")]
    [InlineData("resources/Stage.md")]
    public void The_deployment_and_stage_pages_lead_with_the_triggers_and_say_a_stale_stage_goes_unnoticed(string page)
    {
        var text = RepositoryDocs.Pages[page];
        var overview = text[..text.IndexOf("## Example usage", StringComparison.Ordinal)];
        var example = text[text.IndexOf("## Example usage", StringComparison.Ordinal)..text.IndexOf("## Inputs", StringComparison.Ordinal)];

        Assert.Contains("only once", overview, StringComparison.Ordinal);
        Assert.Contains("`triggers` built from what the routes are made of", overview, StringComparison.Ordinal);
        Assert.Contains("SCP records no time of change for an API's resources or methods", overview, StringComparison.Ordinal);
        Assert.Contains("${list-users.id}", example, StringComparison.Ordinal);
    }

    /// <summary>The Deployment declaration up to the next resource, or null when the program has none.</summary>
    private static string? DeploymentBlock(string program)
    {
        var yaml = Regex.Match(program, @"^    type: scpgateway:index:Deployment\n(?:(?:    .*)?\n)*", RegexOptions.Multiline);
        if (yaml.Success)
        {
            return yaml.Value;
        }

        var csharp = Regex.Match(program, @"new (?:\w+\.)*Deployment\(.*?\n\s*\}\);", RegexOptions.Singleline);
        return csharp.Success ? csharp.Value : null;
    }

    [GeneratedRegex(@"var (\w+) = new (?:\w+\.)*Method\(")]
    private static partial Regex CSharpMethod();

    [GeneratedRegex(@"^  ([\w-]+):\n    type: scpgateway:index:Method$", RegexOptions.Multiline)]
    private static partial Regex YamlMethod();
}
