// A shop's API on Samsung Cloud Platform API Gateway: /users, /users/{user-id} and /orders
// behind dev and prod stages, with a usage plan and API keys, a JWT access token, an IP allow
// list, and a FIFO queue for order events.

using System.Collections.Generic;
using System.Linq;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

// Where the methods send calls: the HTTP backend and the Cloud Function that takes orders.
const string BackendUrl = "https://backend.example.com";
const string OrdersFunctionId = "scf-orders-handler";

// A method's query strings or request headers as one trigger text (name=required, sorted).
static string Serialize(IReadOnlyDictionary<string, bool>? flags) =>
    flags is null ? "" : string.Join(",", flags.OrderBy(flag => flag.Key).Select(flag => $"{flag.Key}={flag.Value}"));

return await Deployment.RunAsync(() =>
{
    var api = new ScpGateway.Api("shop", new ScpGateway.ApiArgs
    {
        Description = "Users and orders of the shop",
        Tags = { { "team", "platform" }, { "app", "shop" } },
    });

    // The path tree. `ScpGateway.Resource` is qualified: namespace Pulumi has a Resource too.
    // A path parameter needs at least three characters inside the braces: {user-id}, not {id}.
    var users = new ScpGateway.Resource("users", new ScpGateway.ResourceArgs
    {
        ApiId = api.ApiId,
        PathPart = "users",
    });
    var user = new ScpGateway.Resource("user", new ScpGateway.ResourceArgs
    {
        ApiId = api.ApiId,
        ParentId = users.ResourceId,
        PathPart = "{user-id}",
    });
    var orders = new ScpGateway.Resource("orders", new ScpGateway.ResourceArgs
    {
        ApiId = api.ApiId,
        PathPart = "orders",
    });

    // Closed sets of values (methods, integration types, units) are enum structs of the SDK.
    // Query strings and request headers map a name to whether callers must send it.
    var listUsers = new ScpGateway.Method("list-users", new ScpGateway.MethodArgs
    {
        ApiId = api.ApiId,
        ResourceId = users.ResourceId,
        MethodType = ScpGateway.MethodType.Get,
        IntegrationType = ScpGateway.IntegrationType.Http,
        EndpointUrl = $"{BackendUrl}/users",
        QueryStrings = { { "page", false }, { "size", false } },
    });
    var getUser = new ScpGateway.Method("get-user", new ScpGateway.MethodArgs
    {
        ApiId = api.ApiId,
        ResourceId = user.ResourceId,
        MethodType = ScpGateway.MethodType.Get,
        IntegrationType = ScpGateway.IntegrationType.Http,
        EndpointUrl = $"{BackendUrl}/users/by-id",
        RequestHeaders = { { "X-Request-Id", false } },
    });
    var createOrder = new ScpGateway.Method("create-order", new ScpGateway.MethodArgs
    {
        ApiId = api.ApiId,
        ResourceId = orders.ResourceId,
        MethodType = ScpGateway.MethodType.Post,
        IntegrationType = ScpGateway.IntegrationType.Scf,
        FunctionId = OrdersFunctionId,
        ApiKeyRequired = true,
        RequestHeaders = { { "Idempotency-Key", true } },
    });

    // Stages serve a deployment, not the API's current routes, and SCP shows no time of change
    // that would reveal a stale stage. The recommended pattern: a deployment without a stage,
    // stages pointing at its id, and triggers built from what the routes are made of (every
    // method's id, which holds its path and method type, and its integration), so any route
    // change makes a new deployment and moves the stages to it.
    var release = new ScpGateway.Deployment("release", new ScpGateway.DeploymentArgs
    {
        ApiId = api.ApiId,
        Description = "Users and orders",
        Triggers =
        {
            { "list-users", Output.Format($"{listUsers.Id} {listUsers.EndpointUrl} {listUsers.ApiKeyRequired} {listUsers.QueryStrings.Apply(Serialize)}") },
            { "get-user", Output.Format($"{getUser.Id} {getUser.EndpointUrl} {getUser.ApiKeyRequired} {getUser.RequestHeaders.Apply(Serialize)}") },
            { "create-order", Output.Format($"{createOrder.Id} {createOrder.FunctionId} {createOrder.ApiKeyRequired} {createOrder.RequestHeaders.Apply(Serialize)}") },
        },
    });

    var plan = new ScpGateway.UsagePlan("standard", new ScpGateway.UsagePlanArgs
    {
        ApiId = api.ApiId,
        Description = "Partner and app traffic",
        Limit = 100000,
        Rate = ScpGateway.UsagePlanRate.Day,
    });
    var mobileKey = new ScpGateway.ApiKey("mobile-app", new ScpGateway.ApiKeyArgs
    {
        ApiId = api.ApiId,
        UsagePlanId = plan.UsagePlanId,
        Description = "The shop's mobile app",
    });
    var partnerKey = new ScpGateway.ApiKey("partner", new ScpGateway.ApiKeyArgs
    {
        ApiId = api.ApiId,
        UsagePlanId = plan.UsagePlanId,
        Description = "The delivery partner",
    });

    var dev = new ScpGateway.Stage("dev", new ScpGateway.StageArgs
    {
        ApiId = api.ApiId,
        Name = "dev",
        DeploymentId = release.DeploymentId,
        Description = "Development",
        CorsEnabled = true,
        AllowOrigins = { "http://localhost:3000" },
        AllowMethods = { ScpGateway.MethodType.Get, ScpGateway.MethodType.Post, ScpGateway.MethodType.Options },
        AllowHeaders = { "Content-Type", "X-Request-Id", "Idempotency-Key" },
        UsagePlanId = plan.UsagePlanId,
        ConnectedApiKeys = { mobileKey.ApiKeyId },
    });
    var prod = new ScpGateway.Stage("prod", new ScpGateway.StageArgs
    {
        ApiId = api.ApiId,
        Name = "prod",
        DeploymentId = release.DeploymentId,
        Description = "Production",
        CorsEnabled = true,
        JwtEnabled = true,
        AllowOrigins = { "https://shop.example.com" },
        AllowMethods = { ScpGateway.MethodType.Get, ScpGateway.MethodType.Post, ScpGateway.MethodType.Options },
        AllowHeaders = { "Content-Type", "Authorization", "Idempotency-Key" },
        ExposeHeaders = { "X-Request-Id" },
        AllowCredentials = true,
        MaxAge = 600,
        UsagePlanId = plan.UsagePlanId,
        ConnectedApiKeys = { mobileKey.ApiKeyId, partnerKey.ApiKeyId },
    });

    // Callers of prod present this JWT access token; SCP shows it only once, at creation.
    var token = new ScpGateway.Auth("prod-callers", new ScpGateway.AuthArgs
    {
        ApiId = api.ApiId,
        ExpirationPeriod = 30,
        ConnectedStages = { prod.Name },
    });

    // Only the office network and the partner's gateway may call prod.
    new ScpGateway.AccessControl("office-and-partner", new ScpGateway.AccessControlArgs
    {
        ApiId = api.ApiId,
        Description = "Office network and the delivery partner",
        AllowedIpAddresses = { "203.0.113.0/24", "198.51.100.7" },
        ConnectedStages = { prod.Name },
    });

    // Order events, in order; only the backend's network may reach the queue.
    var orderEvents = new ScpGateway.Queue("order-events", new ScpGateway.QueueArgs
    {
        Name = "order-events.fifo",
        Fifo = true,
        Description = "Orders as they are placed",
        MessageRetentionPeriod = 4,
        MessageRetentionPeriodUnit = ScpGateway.RetentionPeriodUnit.Day,
        MessageSize = 256,
        AllowedIpAddresses = { "10.20.0.0/16" },
        Tags = { { "app", "shop" } },
    });

    // The key and the token are secret outputs of their resources, so they stay secret here:
    // `pulumi stack output --show-secrets` prints them.
    return new Dictionary<string, object?>
    {
        ["apiId"] = api.ApiId,
        ["devUrl"] = dev.InvokeUrl,
        ["prodUrl"] = prod.InvokeUrl,
        ["mobileAppKey"] = mobileKey.Key,
        ["prodAccessToken"] = token.AccessToken,
        ["orderEventsQueueId"] = orderEvents.QueueId,
    };
});
