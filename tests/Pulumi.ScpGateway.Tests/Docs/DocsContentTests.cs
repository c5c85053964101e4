namespace Pulumi.ScpGateway.Tests.Docs;

/// <summary>What a reader of the generated pages relies on, checked on the pages made from the real schema.</summary>
public class DocsContentTests
{
    [Fact]
    public void Every_resource_and_function_has_a_page_linked_from_the_index()
    {
        var index = RepositoryDocs.Pages["index.md"];

        Assert.Equal(12, RepositoryDocs.Pages.Keys.Count(page => page.StartsWith("resources/", StringComparison.Ordinal)));
        Assert.Equal(13, RepositoryDocs.Pages.Keys.Count(page => page.StartsWith("functions/", StringComparison.Ordinal)));
        Assert.All(
            RepositoryDocs.Pages.Keys.Where(page => page.Contains('/', StringComparison.Ordinal)),
            page => Assert.Contains($"]({page})", index, StringComparison.Ordinal));
        Assert.Contains("](installation-configuration.md)", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_outputs_and_config_keys_are_marked_secret()
    {
        Assert.Equal("| `key` | string | secret | The key value callers send; secret. |", RepositoryDocs.Row("resources/ApiKey.md", "key"));
        Assert.Contains("| secret |", RepositoryDocs.Row("resources/Auth.md", "accessToken"), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", RepositoryDocs.Row("resources/ApiKey.md", "apiKeyId"), StringComparison.Ordinal);

        var accessKey = RepositoryDocs.Row("installation-configuration.md", "scpgateway:accessKey");
        Assert.StartsWith("| `scpgateway:accessKey` | string | secret | `SCP_ACCESS_KEY`, `SCP_TF_ACCESS_KEY` |", accessKey, StringComparison.Ordinal);
        Assert.StartsWith("| `scpgateway:region` | string |  | `SCP_REGION`, `SCP_TF_DEFAULT_REGION` | `kr-west1` |", RepositoryDocs.Row("installation-configuration.md", "scpgateway:region"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("resources/Api.md")]
    [InlineData("resources/Stage.md")]
    [InlineData("resources/UsagePlan.md")]
    [InlineData("resources/ApiKey.md")]
    public void Pages_of_named_objects_state_the_naming_rule(string page)
    {
        Assert.Contains("3 to 50 lower-case letters, digits and dashes, starting with a letter and not ending with a dash", RepositoryDocs.Row(page, "name"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_typed_input_links_to_a_section_listing_its_values_and_their_csharp_names()
    {
        var page = RepositoryDocs.Pages["resources/Method.md"];

        Assert.StartsWith("| `methodType` | [MethodType](#methodtype) | yes |", RepositoryDocs.Row("resources/Method.md", "methodType"), StringComparison.Ordinal);
        Assert.Contains("\n### MethodType\n", page, StringComparison.Ordinal);
        Assert.Contains("| `ANY` | `MethodType.Any` | Every HTTP method. |", page, StringComparison.Ordinal);
        Assert.Contains("| `PRIVATELINK` | `IntegrationType.PrivateLink` |", page, StringComparison.Ordinal);
        Assert.Contains("| `day` | `RetentionPeriodUnit.Day` |", RepositoryDocs.Pages["resources/Queue.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_shows_its_example_in_yaml_and_in_csharp()
    {
        var pages = RepositoryDocs.Pages.Where(page => page.Key.StartsWith("resources/", StringComparison.Ordinal) || page.Key.StartsWith("functions/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Contains("## Example usage\n\n### YAML\n\n```yaml\n", page.Value, StringComparison.Ordinal));
        Assert.All(pages, page => Assert.Contains("\n### C#\n\n```csharp\nusing System.Collections.Generic;\nusing Pulumi;\n", page.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Inputs_say_whether_a_change_replaces_the_resource_and_show_defaults()
    {
        Assert.StartsWith("| `name` | string | no |  |  | replaces |", RepositoryDocs.Row("resources/Api.md", "name"), StringComparison.Ordinal);
        Assert.StartsWith("| `description` | string | no |  |  | updates in place |", RepositoryDocs.Row("resources/Api.md", "description"), StringComparison.Ordinal);
        Assert.StartsWith("| `endpointType` | [EndpointType](#endpointtype) | no | `REGION` |  | replaces |", RepositoryDocs.Row("resources/Api.md", "endpointType"), StringComparison.Ordinal);
        Assert.StartsWith("| `messageSize` | integer | yes |", RepositoryDocs.Row("resources/Queue.md", "messageSize"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_resource_page_shows_its_import_id_its_parts_and_a_command()
    {
        var method = RepositoryDocs.Pages["resources/Method.md"];

        Assert.Contains("The import id is `<apiId>/<resourceId>/<methodType>`", method, StringComparison.Ordinal);
        Assert.Contains("- `methodType`: The HTTP method:", method, StringComparison.Ordinal);
        Assert.Contains("```sh\npulumi import scpgateway:index:Method my-method <apiId>/<resourceId>/<methodType>\n```", method, StringComparison.Ordinal);
        Assert.Contains("```sh\npulumi import scpgateway:index:Stage my-stage <apiId>/<name>\n```", RepositoryDocs.Pages["resources/Stage.md"], StringComparison.Ordinal);
        Assert.All(
            RepositoryDocs.Pages.Where(page => page.Key.StartsWith("resources/", StringComparison.Ordinal)),
            page => Assert.Contains($"pulumi import scpgateway:index:{Path.GetFileNameWithoutExtension(page.Key)} ", page.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_show_their_example_program_and_the_object_types_they_use()
    {
        var queue = RepositoryDocs.Pages["resources/Queue.md"];
        var example = File.ReadAllText(Path.Combine(RepositoryDocs.ExamplesDirectory, "Queue.yaml"));

        Assert.Contains("```yaml\n" + example, queue, StringComparison.Ordinal);
        Assert.Contains("| `encryption` | [QueueEncryption](#queueencryption) |", queue, StringComparison.Ordinal);
        Assert.Contains("\n### QueueEncryption\n", queue, StringComparison.Ordinal);
        Assert.Contains("\n### ApiInfo\n", RepositoryDocs.Pages["functions/getApis.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_installation_page_names_the_archive_of_this_version_and_the_scpconf_keys()
    {
        var page = RepositoryDocs.Pages["installation-configuration.md"];
        var version = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepositoryDocs.SchemaPath)).RootElement.GetProperty("version").GetString();

        Assert.Contains($"pulumi plugin install resource scpgateway {version} --file pulumi-resource-scpgateway-v{version}-linux-amd64.tar.gz", page, StringComparison.Ordinal);
        Assert.Contains("| `~/.scpconf/credentials.json` | `secret-key` | `secretKey` |", page, StringComparison.Ordinal);
        Assert.Contains("| `~/.scpconf/config.json` | `default-region` | `region` |", page, StringComparison.Ordinal);
    }
}
