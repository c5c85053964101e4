namespace Pulumi.ScpGateway.Scp.Http;

/// <summary>One SCP service as the client addresses it: <c>Scp-Api-Version: {Name} {Version}</c> at <see cref="BaseUri"/>.</summary>
internal sealed record ScpService(string Name, string Version, Uri BaseUri)
{
    public string ApiVersionHeader => $"{Name} {Version}";

    public static ScpService ApiGateway(ScpSettings settings) =>
        new("apigateway", settings.ApiGatewayVersion, settings.ApiGatewayEndpoint);

    public static ScpService QueueService(ScpSettings settings) =>
        new("queueservice", settings.QueueServiceVersion, settings.QueueServiceEndpoint);
}
