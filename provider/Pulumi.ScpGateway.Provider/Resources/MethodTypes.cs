using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>The HTTP methods SCP API Gateway knows, as it spells them (methods and a stage's CORS allowMethods).</summary>
[EnumType("MethodType", "An HTTP method as SCP API Gateway spells it.")]
public static class MethodTypes
{
    public const string Get = "GET";
    public const string Post = "POST";
    public const string Put = "PUT";
    public const string Delete = "DELETE";
    public const string Patch = "PATCH";
    public const string Head = "HEAD";
    public const string Options = "OPTIONS";

    [EnumValue("Every HTTP method.")]
    public const string Any = "ANY";
}
