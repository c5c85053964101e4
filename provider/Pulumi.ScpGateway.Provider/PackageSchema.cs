using Pulumi.ScpGateway.Provider.Configuration;
using Pulumi.ScpGateway.Framework;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pulumi.ScpGateway.Provider;

/// <summary>
/// The package schema GetSchema answers and <c>make schema</c> writes: package metadata, the
/// config variables and provider inputs (from the config key table) and the C# language
/// settings. Resources, functions and types come from the resource registry.
/// </summary>
public static class PackageSchema
{
    public const string PackageName = "scpgateway";

    public static JsonObject Build(string version, SchemaSections sections) => new()
    {
        ["name"] = PackageName,
        ["displayName"] = "SCP API Gateway",
        ["version"] = version,
        ["description"] = "Manage Samsung Cloud Platform API Gateway and Queue Service resources.",
        // Pulumi's registry conventions: one category/ keyword, kind/native for a provider that talks to the cloud API itself.
        ["keywords"] = new JsonArray("pulumi", "scp", "samsung", "apigateway", "queue", "category/network", "kind/native"),
        ["publisher"] = "PulumiScpGateway",
        // The licence of LICENSE at the repository root (an SPDX id). The project has no public repository
        // address yet, so `repository` is left out rather than guessed.
        ["license"] = "Apache-2.0",
        ["config"] = new JsonObject { ["variables"] = ProviderConfigSchema.Variables() },
        ["provider"] = new JsonObject
        {
            ["description"] = "The provider type for the scpgateway package: SCP credentials, region and endpoints.",
            ["inputProperties"] = ProviderConfigSchema.InputProperties(),
        },
        ["resources"] = sections.Resources,
        ["functions"] = sections.Functions,
        ["types"] = sections.Types,
        ["language"] = new JsonObject
        {
            ["csharp"] = new JsonObject
            {
                ["rootNamespace"] = "Pulumi",
                ["namespaces"] = new JsonObject { [PackageName] = "ScpGateway" },
                ["packageReferences"] = new JsonObject { ["Pulumi"] = "3.*" },
                ["respectSchemaVersion"] = true,
            },
        },
    };

    public static string ToJson(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
