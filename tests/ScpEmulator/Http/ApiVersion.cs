namespace Pulumi.ScpGateway.ScpEmulator.Http;

/// <summary>The <c>Scp-Api-Version</c> each service of the emulator serves.</summary>
public static class ApiVersion
{
    public const string ApiGateway = "apigateway 1.2";
    public const string QueueService = "queueservice 1.0";

    public static bool IsQueueService(PathString path) => path.StartsWithSegments("/v1/queues", StringComparison.Ordinal);

    public static void Verify(HttpContext context)
    {
        var expected = IsQueueService(context.Request.Path) ? QueueService : ApiGateway;
        var sent = context.Request.Headers["Scp-Api-Version"].ToString();
        if (sent.Length == 0)
        {
            throw new ScpException(400, $"Scp-Api-Version: missing; this operation needs '{expected}'");
        }

        if (!string.Equals(sent.Trim(), expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new ScpException(400, $"Scp-Api-Version: '{sent}' is not served here; this operation needs '{expected}'");
        }
    }
}
