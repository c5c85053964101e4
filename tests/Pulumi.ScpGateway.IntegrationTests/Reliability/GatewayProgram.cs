using System.Globalization;
using System.Text;

namespace Pulumi.ScpGateway.IntegrationTests.Reliability;

/// <summary>
/// A generated Pulumi YAML program of the shape platform teams keep: several APIs, each with a
/// path tree, methods, a deployment, a stage, a usage plan with an API key, a JWT auth and an
/// access control, plus queues. <see cref="Revision"/> 1 changes update-in-place properties of
/// every kind and a few that force replacement.
/// </summary>
public sealed record GatewayProgram(int Apis, int Queues)
{
    /// <summary>Resources per API in the program.</summary>
    public const int ResourcesPerApi = 12;

    /// <summary>0: the first version; 1: descriptions, limits, URLs, allow lists changed, auths and one queue replaced.</summary>
    public int Revision { get; init; }

    /// <summary>Names every API and queue explicitly instead of leaving them to autonaming.</summary>
    public bool ExplicitNames { get; init; }

    /// <summary>Distinguishes the names of programs that share an emulator.</summary>
    public string Prefix { get; init; } = "rel";

    public int ResourceCount => Apis * ResourcesPerApi + Queues;

    public string Yaml()
    {
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"name: {Prefix}-stack\nruntime: yaml\nresources:\n");
        for (var i = 0; i < Apis; i++)
        {
            AppendApi(yaml, i);
        }

        for (var q = 0; q < Queues; q++)
        {
            AppendQueue(yaml, q);
        }

        return yaml.ToString();
    }

    private void AppendApi(StringBuilder yaml, int i)
    {
        var a = $"api{i}";
        var changed = Revision > 0;
        Resource(yaml, a, "Api", Name($"{Prefix}-api-{i}"), $"description: gateway {i} revision {Revision}");
        Resource(yaml, $"{a}Users", "Resource", $"apiId: ${{{a}.apiId}}", "pathPart: users");
        Resource(yaml, $"{a}User", "Resource", $"apiId: ${{{a}.apiId}}", $"parentId: ${{{a}Users.resourceId}}", "pathPart: \"{user-id}\"");
        Resource(yaml, $"{a}List", "Method", $"apiId: ${{{a}.apiId}}", $"resourceId: ${{{a}Users.resourceId}}", "methodType: GET",
            "integrationType: HTTP", $"endpointUrl: https://backend-{i}.example.com/{(changed ? "v2/" : "")}users");
        Resource(yaml, $"{a}Add", "Method", $"apiId: ${{{a}.apiId}}", $"resourceId: ${{{a}Users.resourceId}}", "methodType: POST",
            "integrationType: HTTP", $"endpointUrl: https://backend-{i}.example.com/users", $"apiKeyRequired: {(changed ? "true" : "false")}");
        Resource(yaml, $"{a}Show", "Method", $"apiId: ${{{a}.apiId}}", $"resourceId: ${{{a}User.resourceId}}", "methodType: GET",
            "integrationType: HTTP", "endpointUrl: https://backend.example.com/user");
        Resource(yaml, $"{a}Deploy", "Deployment", $"apiId: ${{{a}.apiId}}", "description: first release");
        yaml.Append(CultureInfo.InvariantCulture, $"    options:\n      dependsOn: [\"${{{a}List}}\", \"${{{a}Add}}\", \"${{{a}Show}}\"]\n");
        Resource(yaml, $"{a}Plan", "UsagePlan", $"apiId: ${{{a}.apiId}}", $"limit: {(changed ? 2000 : 1000)}", "rate: day");
        Resource(yaml, $"{a}Key", "ApiKey", $"apiId: ${{{a}.apiId}}", $"usagePlanId: ${{{a}Plan.usagePlanId}}", "description: partner key");
        Resource(yaml, $"{a}Stage", "Stage", $"apiId: ${{{a}.apiId}}", "name: live", $"deploymentId: ${{{a}Deploy.deploymentId}}",
            $"description: live stage revision {Revision}", $"usagePlanId: ${{{a}Plan.usagePlanId}}", $"connectedApiKeys: [\"${{{a}Key.apiKeyId}}\"]");
        Resource(yaml, $"{a}Auth", "Auth", $"apiId: ${{{a}.apiId}}", $"expirationPeriod: {(changed && i % 2 == 0 ? 60 : 30)}",
            $"connectedStages: [\"${{{a}Stage.name}}\"]");
        var addresses = changed ? "[\"10.0.0.0/24\", \"192.168.1.7\"]" : "[\"10.0.0.0/24\"]";
        Resource(yaml, $"{a}Guard", "AccessControl", $"apiId: ${{{a}.apiId}}", $"allowedIpAddresses: {addresses}",
            $"connectedStages: [\"${{{a}Stage.name}}\"]", "description: office only");
    }

    private void AppendQueue(StringBuilder yaml, int q)
    {
        var changed = Revision > 0;
        var tags = changed && q == 0 ? "{ team: payments, tier: gold }" : "{ team: payments }";
        Resource(yaml, $"queue{q}", "Queue", Name($"{Prefix}-queue-{q}"), $"description: orders {q} revision {Revision}",
            "messageRetentionPeriod: 4", "messageRetentionPeriodUnit: day", $"messageSize: {(changed ? 128 : 64)}", $"tags: {tags}");
    }

    private string Name(string name) => ExplicitNames ? $"name: {name}" : string.Empty;

    private static void Resource(StringBuilder yaml, string name, string type, params string[] properties)
    {
        yaml.Append(CultureInfo.InvariantCulture, $"  {name}:\n    type: scpgateway:index:{type}\n    properties:\n");
        foreach (var property in properties.Where(p => p.Length > 0))
        {
            yaml.Append(CultureInfo.InvariantCulture, $"      {property}\n");
        }
    }
}
