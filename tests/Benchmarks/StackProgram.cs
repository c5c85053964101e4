using System.Globalization;
using System.Text;

namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>
/// Writes the benchmark's Pulumi YAML program: <c>units</c> copies of one gateway of 25 resources (an
/// Api, 4 path segments below `/` with one `{item-id}` child each, 6 methods, a deployment after the
/// methods, 2 usage plans with a key each, 2 stages, a JWT auth, an IP access control) and a queue with an IP allow-list.
/// <c>rows</c> limits it to some rows; <c>revised</c> rows get a changed, updatable property.
/// </summary>
public sealed class StackProgram(int units, IReadOnlySet<StackRow> rows, IReadOnlySet<StackRow> revised)
{
    public const int ResourcesPerUnit = 25;

    public static IReadOnlySet<StackRow> AllRows { get; } = Enum.GetValues<StackRow>().ToHashSet();

    public static StackProgram Full(int units) => new(units, AllRows, new HashSet<StackRow>());

    /// <summary>How many resources of a row one unit holds.</summary>
    public static int PerUnit(StackRow row) => row switch
    {
        StackRow.ResourceBelowRoot or StackRow.ResourceWithParent => 4,
        StackRow.Method => 6,
        StackRow.UsagePlan or StackRow.ApiKey or StackRow.Stage => 2,
        _ => 1,
    };

    public int Count(StackRow row) => rows.Contains(row) ? PerUnit(row) * units : 0;

    public async Task WriteAsync(string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "Pulumi.yaml"), Yaml(), cancellationToken);
    }

    public string Yaml()
    {
        var text = new StringBuilder("name: scpgw-bench\nruntime: yaml\n");
        text.Append(units > 0 && rows.Count > 0 ? "resources:\n" : "resources: {}\n");
        for (var unit = 0; unit < units; unit++)
        {
            foreach (var row in Enum.GetValues<StackRow>().Where(rows.Contains))
            {
                for (var index = 0; index < PerUnit(row); index++)
                {
                    Resource(text, row, unit, index);
                }
            }
        }

        return text.ToString();
    }

    private string Revision(StackRow row) => revised.Contains(row) ? "2" : "1";

    private void Resource(StringBuilder text, StackRow row, int u, int i)
    {
        var api = $"${{api{u}.apiId}}";
        var (name, type, properties, dependsOn) = row switch
        {
            StackRow.Api => ($"api{u}", "Api", $"name: bench-{u}\ndescription: Benchmark API {u} v{Revision(row)}", null),
            StackRow.ResourceBelowRoot => ($"segment{u}x{i}", "Resource", $"apiId: {api}\npathPart: items{i}", null),
            StackRow.ResourceWithParent => ($"item{u}x{i}", "Resource",
                $"apiId: {api}\nparentId: ${{segment{u}x{i}.resourceId}}\npathPart: \"{{item-id}}\"", null),
            StackRow.Method => ($"method{u}x{i}", "Method",
                $"apiId: {api}\nresourceId: ${{item{u}x{i % 4}.resourceId}}\nmethodType: {(i < 4 ? "GET" : "POST")}\n" +
                $"integrationType: HTTP\nendpointUrl: https://backend.example.com/v{Revision(row)}/items{i % 4}", null),
            StackRow.UsagePlan => ($"plan{u}x{i}", "UsagePlan",
                $"apiId: {api}\nname: plan-{i}\ndescription: Plan {i} v{Revision(row)}\nlimit: 1000\nrate: day", null),
            StackRow.ApiKey => ($"key{u}x{i}", "ApiKey",
                $"apiId: {api}\nusagePlanId: ${{plan{u}x{i}.usagePlanId}}\nname: key-{i}\ndescription: Key {i} v{Revision(row)}", null),
            StackRow.Deployment => ($"deployment{u}", "Deployment",
                $"apiId: {api}\ndescription: Release 1", Enumerable.Range(0, PerUnit(StackRow.Method)).Select(m => $"${{method{u}x{m}}}").ToList()),
            StackRow.Stage => ($"stage{u}x{i}", "Stage",
                $"apiId: {api}\nname: stage-{i}\ndescription: Stage {i} v{Revision(row)}\ndeploymentId: ${{deployment{u}.deploymentId}}\n" +
                $"usagePlanId: ${{plan{u}x{i}.usagePlanId}}\nconnectedApiKeys:\n  - ${{key{u}x{i}.apiKeyId}}", null),
            StackRow.Auth => ($"auth{u}", "Auth",
                $"apiId: {api}\nname: partner-jwt\nexpirationPeriod: 90\nconnectedStages:\n  - ${{stage{u}x1.name}}" +
                (revised.Contains(row) ? $"\n  - ${{stage{u}x0.name}}" : ""), null),
            StackRow.AccessControl => ($"acl{u}", "AccessControl",
                $"apiId: {api}\nname: office-only\ndescription: Office v{Revision(row)}\nallowedIpAddresses:\n  - 203.0.113.0/24\nconnectedStages:\n  - ${{stage{u}x0.name}}", null),
            StackRow.Queue => ($"queue{u}", "Queue",
                $"name: bench-queue-{u}\ndescription: Queue {u} v{Revision(row)}\nmessageRetentionPeriod: 4\nmessageRetentionPeriodUnit: day\nmessageSize: 256\nallowedIpAddresses:\n  - 10.20.0.0/16", null),
            _ => throw new ArgumentOutOfRangeException(nameof(row), row, null),
        };

        text.Append(CultureInfo.InvariantCulture, $"  {name}:\n    type: scpgateway:index:{type}\n    properties:\n");
        foreach (var line in properties.Split('\n'))
        {
            text.Append("      ").Append(line).Append('\n');
        }

        if (dependsOn is not null)
        {
            text.Append("    options:\n      dependsOn:\n");
            foreach (var dependency in dependsOn)
            {
                text.Append("        - ").Append(dependency).Append('\n');
            }
        }
    }
}
