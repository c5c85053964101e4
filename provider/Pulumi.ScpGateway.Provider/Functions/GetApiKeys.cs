using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;

namespace Pulumi.ScpGateway.Provider.Functions;

public record GetApiKeysArgs : ApiIdArgs
{
    [Input("usagePlanId", "The usage plan the keys belong to.")]
    public string UsagePlanId { get; init; } = "";

    [Input("name", "Only API keys whose name contains this text (case-sensitive); all of them when omitted.")]
    public string? Name { get; init; }
}

public record GetApiKeysResult
{
    [Output("apiKeys", "The usage plan's API keys, every page of them; each key value is secret.")]
    public IReadOnlyList<ApiKeyInfo> ApiKeys { get; init; } = [];
}

[Function("getApiKeys", Description = "Lists the API keys of a usage plan. The key values come back as secrets.")]
public sealed class GetApiKeysFunction(IApiGatewayClient scp) : Function<GetApiKeysArgs, GetApiKeysResult>
{
    public override async Task<GetApiKeysResult> InvokeAsync(GetApiKeysArgs args, FunctionContext context)
    {
        var keys = await scp.ListAllApiKeysAsync(args.ApiId, args.UsagePlanId, args.Name, context.CancellationToken);
        var filter = new NameFilterArgs { Name = args.Name };
        return new GetApiKeysResult { ApiKeys = [.. keys.Where(k => filter.Matches(k.Name)).Select(ApiKeyInfo.From)] };
    }
}
