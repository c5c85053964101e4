using System.Text;
using System.Text.RegularExpressions;
using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.DocsGen.Pages;

/// <summary>docs/installation-configuration.md: installing the plugin, and every configuration key with its sources.</summary>
public static partial class InstallationPage
{
    public static string Render(PackageSpec package)
    {
        var name = package.Name;
        var version = package.Version;
        var archive = $"pulumi-resource-{name}-v{version}-linux-amd64.tar.gz";
        var page = new StringBuilder();
        page.Append("# Installation and configuration\n\n");
        page.Append($"The `{name}` provider is one self-contained executable, `pulumi-resource-{name}`, built for linux-x64 ");
        page.Append("(it needs no .NET runtime on the machine that runs `pulumi`).\n\n");

        page.Append("## Installing the plugin\n\n");
        page.Append("From a clone of the repository (needs the .NET 10 SDK and clang, which links the Native AOT executable):\n\n");
        page.Append(Markdown.CodeBlock("sh", $"""
            make dist      # writes dist/{archive}
            make install   # builds the archive and installs it for the pulumi CLI
            """));
        page.Append($"\n`make install` runs `pulumi plugin install resource {name} {version} --file dist/{archive}` when `pulumi` ");
        page.Append($"is on the PATH. Without it, it unpacks the archive into `$PULUMI_HOME/plugins/resource-{name}-v{version}/` ");
        page.Append("(`PULUMI_HOME` defaults to `~/.pulumi`), which is where the engine looks for installed plugins, and says so.\n\n");
        page.Append("On another machine, copy the archive there and install it with the CLI:\n\n");
        page.Append(Markdown.CodeBlock("sh", $"pulumi plugin install resource {name} {version} --file {archive}"));
        page.Append("\nOr let one project use a plugin from a directory, without installing it, in its `Pulumi.yaml`:\n\n");
        page.Append(Markdown.CodeBlock("yaml", $"""
            plugins:
              providers:
                - name: {name}
                  path: /opt/pulumi-{name}   # the directory that holds pulumi-resource-{name}
            """));
        page.Append($"\nThe engine looks in `plugins.providers` first, then on the `PATH`, then among the installed plugins.\n\n");

        page.Append("## Configuration\n\n");
        page.Append("Each setting comes from the stack's configuration (or the inputs of an explicit provider resource), ");
        page.Append("else from the environment (the first variable that is set), else from SCP's own files in `~/.scpconf`, ");
        page.Append("else from its default. Missing credentials stop the provider with a message naming each key and ");
        page.Append("the variables that would supply it.\n\n");
        page.Append(Markdown.Table(
            ["key", "type", "secret", "environment variables", "default", "description"],
            package.Config.Properties.Select(key => (IReadOnlyList<string>)
            [
                Markdown.Code($"{name}:{key.Name}"),
                Markdown.Type(key.Type),
                key.Secret ? "secret" : "",
                string.Join(", ", key.DefaultEnvironment.Select(Markdown.Code)),
                PropertyTables.Default(key) is { } value ? Markdown.Code(value) : "",
                key.Description,
            ])));
        var secret = package.Config.Properties.FirstOrDefault(key => key.Secret);
        var plain = package.Config.Properties.FirstOrDefault(key => !key.Secret && PropertyTables.Default(key) is not null);
        if (secret is not null && plain is not null)
        {
            page.Append('\n').Append(Markdown.CodeBlock("sh", $"""
                pulumi config set --secret {name}:{secret.Name} <{Words(secret.Name)}>
                pulumi config set {name}:{plain.Name} {PropertyTables.Default(plain)}
                """));
        }

        page.Append(ScpConfSection(package));

        page.Append("\n## An explicit provider\n\n");
        page.Append("To use other credentials or another region for some resources, declare a provider resource ");
        page.Append("with the same keys as inputs and pass it to those resources:\n\n");
        page.Append(Markdown.CodeBlock("yaml", $$"""
            resources:
              east:
                type: pulumi:providers:{{name}}
                properties:
                  region: kr-east1
              orders:
                type: {{name}}:index:Api
                properties:
                  description: Orders API in kr-east1
                options:
                  provider: ${east}
            """));
        return page.ToString();
    }

    /// <summary>The <c>~/.scpconf</c> files and keys, as the config descriptions name them.</summary>
    private static string ScpConfSection(PackageSpec package)
    {
        var entries = package.Config.Properties
            .Select(key => (Key: key, Match: ScpConfKey().Match(key.Description)))
            .Where(entry => entry.Match.Success)
            .Select(entry => (File: entry.Match.Groups["file"].Value, FileKey: entry.Match.Groups["key"].Value, entry.Key))
            .ToList();
        if (entries.Count == 0)
        {
            return "";
        }
        var section = new StringBuilder();
        section.Append("\n### `~/.scpconf`\n\n");
        section.Append("The files SCP's own tools (such as its Terraform provider) read, so existing credentials work as they are:\n\n");
        section.Append(Markdown.Table(
            ["file", "key", "setting"],
            entries.Select(entry => (IReadOnlyList<string>)[Markdown.Code($"~/.scpconf/{entry.File}"), Markdown.Code(entry.FileKey), Markdown.Code(entry.Key.Name)])));
        foreach (var file in entries.GroupBy(entry => entry.File))
        {
            var body = string.Join(",\n", file.Select(entry => $"  \"{entry.FileKey}\": \"<{Words(entry.Key.Name)}>\""));
            section.Append($"\n`~/.scpconf/{file.Key}`:\n\n").Append(Markdown.CodeBlock("json", $"{{\n{body}\n}}"));
        }
        return section.ToString();
    }

    /// <summary><c>accessKey</c> as <c>access key</c>, for placeholders.</summary>
    private static string Words(string camelCase) => CamelHump().Replace(camelCase, " $1").ToLowerInvariant();

    [GeneratedRegex(@"`(?<key>[a-z-]+)` in ~/\.scpconf/(?<file>[a-z]+\.json)")]
    private static partial Regex ScpConfKey();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex CamelHump();
}
