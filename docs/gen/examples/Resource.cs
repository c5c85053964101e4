using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var shop = new ScpGateway.Api("shop", new ScpGateway.ApiArgs { Name = "shop-api" });
    // `ScpGateway.Resource` is qualified: namespace Pulumi has a Resource too.
    var users = new ScpGateway.Resource("users", new ScpGateway.ResourceArgs
    {
        ApiId = shop.ApiId,
        PathPart = "users",
    });
    var user = new ScpGateway.Resource("user", new ScpGateway.ResourceArgs
    {
        ApiId = shop.ApiId,
        ParentId = users.ResourceId,
        // A path parameter needs at least three characters inside the braces.
        PathPart = "{user-id}",
    });

    return new Dictionary<string, object?>
    {
        ["userPath"] = user.Path,
    };
});
