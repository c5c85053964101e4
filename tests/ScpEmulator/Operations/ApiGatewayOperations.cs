namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>All 52 API Gateway 1.2 operations of the seed.</summary>
public static class ApiGatewayOperations
{
    public static void Map(IEndpointRouteBuilder app)
    {
        ApisOperations.Map(app);
        ResourcesOperations.Map(app);
        MethodsOperations.Map(app);
        DeploymentsOperations.Map(app);
        StagesOperations.Map(app);
        UsagePlansOperations.Map(app);
        ApiKeysOperations.Map(app);
        AuthsOperations.Map(app);
        AccessControlsOperations.Map(app);
        PrivateLinkOperations.Map(app);
        ReportsOperations.Map(app);
    }
}
