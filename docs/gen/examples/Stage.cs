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
    });
    // The stage serves this deployment; its trigger makes a new one when the method changes.
    var release = new ScpGateway.Deployment("release", new ScpGateway.DeploymentArgs
    {
        ApiId = shop.ApiId,
        Description = "Users API",
        Triggers = { { "list-users", Output.Format($"{listUsers.Id} {listUsers.IntegrationType} {listUsers.EndpointUrl}") } },
    }, new CustomResourceOptions { DependsOn = { listUsers } });

    var dev = new ScpGateway.Stage("dev", new ScpGateway.StageArgs
    {
        ApiId = shop.ApiId,
        Name = "dev",
        DeploymentId = release.DeploymentId,
        Description = "Development stage",
        CorsEnabled = true,
        AllowOrigins = { "https://shop.example.com" },
        AllowMethods = { ScpGateway.MethodType.Get, ScpGateway.MethodType.Post },
        AllowHeaders = { "content-type" },
        MaxAge = 600,
    });

    return new Dictionary<string, object?>
    {
        ["invokeUrl"] = dev.InvokeUrl,
    };
});
