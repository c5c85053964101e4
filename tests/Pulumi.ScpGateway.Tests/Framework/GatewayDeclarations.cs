using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Tests.Framework;

// Small declarations exercising every kind of property the framework supports.

public record GatewayArgs
{
    [Input("name", "The gateway's name.", Replace = true, Autoname = AutonameStyle.Dashed)]
    [Pattern(@"^[a-z][a-z0-9\-]{1,48}[a-z0-9]$", "lower-case letters, digits and dashes, starting with a letter")]
    [Length(3, 50)]
    public string? Name { get; init; }

    [Input("description", "What the gateway is for.")]
    public string? Description { get; init; }

    [Input("endpointType", "REGION or PRIVATE.", Replace = true)]
    [OneOf("REGION", "PRIVATE", UpperCase = true)]
    [Default("REGION")]
    public string EndpointType { get; init; } = "REGION";

    [Input("region", "Where the gateway lives.")]
    public string Region { get; init; } = "";

    [Input("tags", "Labels.", Replace = true)]
    [NotReadable("SCP does not return tags.")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    [Input("limit", "Requests per period.")]
    [Range(1, 2000000000)]
    public int? Limit { get; init; }

    [Input("weight", "A share of traffic.")]
    public double? Weight { get; init; }

    [Input("enabled", "Whether the gateway serves traffic.")]
    [Default(false)]
    public bool Enabled { get; init; }

    [Input("allowedIpAddresses", "Who may call.")]
    [Set]
    [IpAddressOrCidr]
    public IReadOnlyList<string>? AllowedIpAddresses { get; init; }

    [Input("methods", "Allowed methods.")]
    [Set]
    [OneOf("GET", "POST", UpperCase = true)]
    public IReadOnlyList<string>? Methods { get; init; }

    [Input("headers", "Header name to whether it is required.")]
    public IReadOnlyDictionary<string, bool>? Headers { get; init; }

    [Input("password", "A shared secret.")]
    [Secret]
    public string? Password { get; init; }

    [Input("encryption", "Encryption settings.")]
    public GatewayEncryption? Encryption { get; init; }
}

[ObjectType("GatewayEncryption", "Which key encrypts the gateway data.")]
public record GatewayEncryption
{
    [Input("kmsId", "The key id.")]
    public string KmsId { get; init; } = "";

    [Input("kmsName", "The key name.")]
    [Length(1, 10)]
    public string? KmsName { get; init; }
}

public record GatewayState : GatewayArgs
{
    [Output("gatewayId", "The gateway's SCP id.", Stable = true)]
    public string GatewayId { get; init; } = "";

    [Output("status", "Active while it serves.")]
    public string? Status { get; init; }

    [Output("accessKey", "The key clients call with.", Stable = true)]
    [Secret]
    public string? AccessKey { get; init; }
}
