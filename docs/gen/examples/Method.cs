using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var shop = new ScpGateway.Api("shop", new ScpGateway.ApiArgs { Name = "shop-api" });
    var users = new ScpGateway.Resource("users", new ScpGateway.ResourceArgs
    {
        ApiId = shop.ApiId,
        PathPart = "users",
    });
    var listUsers = new ScpGateway.Method("list-users", new ScpGateway.MethodArgs
    {
        ApiId = shop.ApiId,
        ResourceId = users.ResourceId,
        MethodType = ScpGateway.MethodType.Get,
        IntegrationType = ScpGateway.IntegrationType.Http,
        EndpointUrl = "https://backend.example.com/users",
        ApiKeyRequired = false,
        QueryStrings = { { "page", false } },
        RequestHeaders = { { "x-request-id", true } },
    });

    return new Dictionary<string, object?>
    {
        ["methodId"] = listUsers.Id,
    };
});
