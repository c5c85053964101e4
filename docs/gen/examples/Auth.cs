using System.Collections.Generic;
using Pulumi;
using ScpGateway = Pulumi.ScpGateway;

return await Deployment.RunAsync(() =>
{
    var shop = new ScpGateway.Api("shop", new ScpGateway.ApiArgs { Name = "shop-api" });
    var partners = new ScpGateway.Auth("partners", new ScpGateway.AuthArgs
    {
        ApiId = shop.ApiId,
        Name = "partners",
        ExpirationPeriod = 90,
    });

    return new Dictionary<string, object?>
    {
        ["expiredAt"] = partners.ExpiredAt,
        // A secret, returned once when the token is issued.
        ["accessToken"] = partners.AccessToken,
    };
});
