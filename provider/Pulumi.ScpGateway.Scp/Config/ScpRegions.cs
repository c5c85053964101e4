namespace Pulumi.ScpGateway.Scp;

/// <summary>The region and environment pairs SCP documents (SCP-API.md "Hosts").</summary>
public static class ScpRegions
{
    private static readonly Dictionary<string, string[]> RegionsByEnvironment = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["s"] = ["kr-west1", "kr-east1"],
        ["g"] = ["kr-south1", "kr-south2", "kr-south3"],
        ["e"] = ["kr-west1", "kr-east1"],
    };

    public static IReadOnlyCollection<string> Environments => RegionsByEnvironment.Keys;

    public static bool IsDocumented(string region, string environment) =>
        RegionsByEnvironment.TryGetValue(environment, out var regions) && regions.Contains(region, StringComparer.Ordinal);

    /// <summary>The documented pairs as text, for error messages.</summary>
    public static string Describe() =>
        string.Join("; ", RegionsByEnvironment.Select(pair => $"environment {pair.Key}: {string.Join(", ", pair.Value)}"));

    public static Uri ApiGatewayHost(string region, string environment) =>
        new($"https://apigateway.{region}.{environment}.samsungsdscloud.com");

    public static Uri QueueServiceHost(string region, string environment) =>
        new($"https://queueservice.{region}.{environment}.samsungsdscloud.com");
}
