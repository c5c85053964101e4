using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Functions;

[ObjectType("TopResourceInfo", "One of a stage's most called methods in a report period.")]
public record TopResourceInfo
{
    [Output("path", "The resource path.")]
    public string Path { get; init; } = "";

    [Output("type", "The HTTP method.")]
    public string Type { get; init; } = "";

    [Output("name", "The name SCP gives it.")]
    public string Name { get; init; } = "";

    [Output("callCount", "Calls in the period.")]
    public long CallCount { get; init; }

    public static TopResourceInfo From(TopResource top) => new() { Path = top.Path, Type = top.Type, Name = top.Name, CallCount = top.CallCount };
}
