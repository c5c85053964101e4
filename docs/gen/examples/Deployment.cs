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

    // A trigger made of what the route is made of: when the method changes, a new deployment is made.
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
    });

    return new Dictionary<string, object?>
    {
        ["deploymentId"] = release.DeploymentId,
    };
});
