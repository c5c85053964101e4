using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;

namespace Pulumi.ScpGateway.Provider.Functions;

public record GetApiArgs : ICrossPropertyRules
{
    [Input("apiId", "The API's SCP id. Give either apiId or name.")]
    public string? ApiId { get; init; }

    [Input("name", "The API's exact name. Give either apiId or name.")]
    public string? Name { get; init; }

    public IEnumerable<CheckFailure> Check(UnknownInputs unknown)
    {
        if (unknown.AllKnown("apiId", "name") && (ApiId is null) == (Name is null))
        {
            yield return new CheckFailure("apiId", "give exactly one of apiId and name");
        }
    }
}

public record GetApiResult : ApiInfo;

[Function("getApi", Description = "Looks up one API Gateway API by its id or its exact name.")]
public sealed class GetApiFunction(IApiGatewayClient scp) : Function<GetApiArgs, GetApiResult>
{
    public override async Task<GetApiResult> InvokeAsync(GetApiArgs args, FunctionContext context)
    {
        if (args.ApiId is { } apiId)
        {
            var shown = await scp.ShowApiAsync(apiId, context.CancellationToken);
            return ApiInfo.Fill(new GetApiResult(), shown.Api);
        }
        var apis = await scp.ListAllApisAsync(args.Name, context.CancellationToken);
        var api = apis.FirstOrDefault(a => a.Name == args.Name)
            ?? throw new FunctionLookupException($"no API is named '{EchoedValue.Of(args.Name ?? "")}'");
        return ApiInfo.Fill(new GetApiResult(), api);
    }
}
