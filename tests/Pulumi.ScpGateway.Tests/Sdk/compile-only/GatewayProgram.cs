// COMPILE-ONLY test program: how a user writes a Pulumi program against the generated SDK.
// The SDK tests compile it together with the generated code and PulumiApiDeclarations.cs.

#nullable enable

using System.Threading.Tasks;
using Pulumi;
using Pulumi.ScpGateway;
using ScpResource = Pulumi.ScpGateway.Resource;

public sealed class GatewayStack : Stack
{
    public GatewayStack()
    {
        var api = new Api("orders", new ApiArgs
        {
            Description = "Orders & payments",
            Tags = { { "team", "payments" } },
        });

        // `Resource` and `Deployment` also exist in namespace Pulumi: qualify or alias them.
        var users = new Pulumi.ScpGateway.Resource("users", new Pulumi.ScpGateway.ResourceArgs
        {
            ApiId = api.Id,
            PathPart = "users",
        });
        var user = new ScpResource("user", new Pulumi.ScpGateway.ResourceArgs
        {
            ApiId = api.Id,
            ParentId = users.ResourceId,
            PathPart = "{user-id}",
        });

        var getUser = new Method("get-user", new MethodArgs
        {
            ApiId = api.Id,
            ResourceId = user.ResourceId,
            MethodType = "GET",
            IntegrationType = "HTTP",
            EndpointUrl = "https://backend.example/users",
            QueryStrings = { { "expand", false } },
        });

        var deployment = new Pulumi.ScpGateway.Deployment("v1", new DeploymentArgs
        {
            ApiId = api.Id,
            Triggers = { { "get-user", getUser.Urn } },
        });

        var stage = new Stage("prod", new StageArgs
        {
            ApiId = api.Id,
            Name = "prod",
            DeploymentId = deployment.DeploymentId,
            CorsEnabled = true,
            AllowOrigins = { "https://shop.example" },
        });

        var plan = new UsagePlan("basic", new UsagePlanArgs { ApiId = api.Id, Limit = 1000, Rate = "day" });
        var key = new ApiKey("client", new ApiKeyArgs { ApiId = api.Id, UsagePlanId = plan.UsagePlanId });

        var queue = new Queue("events", new QueueArgs
        {
            MessageRetentionPeriod = 4,
            MessageRetentionPeriodUnit = "day",
            MessageSize = 256,
            Encryption = new Pulumi.ScpGateway.Inputs.QueueEncryptionArgs { KmsId = "kms-1" },
        });

        var seoul = new Provider("seoul", new ProviderArgs { Region = "kr-west1", MaxRetries = 3, SecretKey = "not-a-real-key" });
        var legacy = Api.Get("legacy", "api-123", null, new CustomResourceOptions { Provider = seoul });

        InvokeUrl = stage.InvokeUrl;
        ApiKeyValue = key.Key;
        QueueState = queue.State;
        LegacyName = legacy.Name;
        StageLabel = stage.StageValue;
        FoundApiId = GetApi.Invoke(new GetApiInvokeArgs { Name = "orders" }).Apply(result => result.ApiId);
    }

    [Output("invokeUrl")]
    public Output<string> InvokeUrl { get; set; } = null!;

    [Output("apiKey")]
    public Output<string> ApiKeyValue { get; set; } = null!;

    [Output("queueState")]
    public Output<string?> QueueState { get; set; } = null!;

    [Output("legacyName")]
    public Output<string> LegacyName { get; set; } = null!;

    [Output("stageLabel")]
    public Output<string?> StageLabel { get; set; } = null!;

    [Output("foundApiId")]
    public Output<string> FoundApiId { get; set; } = null!;

    public static async Task<string> DescribeAsync()
    {
        var api = await GetApi.InvokeAsync(new GetApiArgs { Name = "orders" });
        var reports = await GetReports.InvokeAsync(new GetReportsArgs
        {
            ApiId = api.ApiId,
            StageName = "prod",
            StartDate = "2026-01-01",
            EndDate = "2026-01-31",
            ResourceIds = { "r-1" },
        });
        var free = await CheckQueueName.InvokeAsync(new CheckQueueNameArgs { Name = "events" });
        return $"{api.Name} {reports.Reports.Length} {reports.Reports[0].Default} {free.Available} {Pulumi.ScpGateway.Config.Region}";
    }

    public static Task<int> RunAsync() => Pulumi.Deployment.RunAsync<GatewayStack>();
}
