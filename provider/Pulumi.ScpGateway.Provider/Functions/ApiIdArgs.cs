using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Provider.Functions;

public record ApiIdArgs
{
    [Input("apiId", "The API's SCP id.")]
    public string ApiId { get; init; } = "";
}
