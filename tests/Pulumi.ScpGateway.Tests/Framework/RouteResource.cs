using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Tests.Framework;

/// <summary>A closed set declared as an enum type: Check takes its values, the schema declares the type.</summary>
[EnumType("RouteMethod", "An HTTP method of a route.")]
public static class RouteMethods
{
    [EnumValue("Reads.")]
    public const string Get = "GET";

    public const string Post = "POST";
}

public record RouteArgs : ICrossPropertyRules
{
    [Input("gatewayId", "The gateway.", Replace = true)]
    public string GatewayId { get; init; } = "";

    [Input("pathPart", "The path segment.", Replace = true)]
    [Pattern(@"^(\{[a-z][a-z0-9\-]{1,46}[a-z0-9]\}|[a-z][a-z0-9\-]{1,48}[a-z0-9])$", "a path segment",
        Message = "must be 3 to 50 lower-case letters, digits or dashes, or such a name in braces ('{value}' is refused: SCP needs at least three characters inside braces)")]
    public string PathPart { get; init; } = "";

    [Input("method", "The HTTP method.", Replace = true)]
    [OneOf(typeof(RouteMethods), UpperCase = true)]
    public string Method { get; init; } = "";

    [Input("integrationType", "HTTP or SCF.")]
    [OneOf("HTTP", "SCF", UpperCase = true)]
    public string IntegrationType { get; init; } = "";

    [Input("ttlDays", "How long the route lives.", Replace = true)]
    [NotReadable("SCP returns only the expiry date.")]
    [Range(1, long.MaxValue)]
    public int TtlDays { get; init; }

    [Input("endpointUrl", "Where HTTP integrations go.")]
    [AbsoluteUrl]
    public string? EndpointUrl { get; init; }

    public IEnumerable<CheckFailure> Check(UnknownInputs unknown)
    {
        if (unknown.AllKnown("integrationType", "endpointUrl") && IntegrationType == "HTTP" && EndpointUrl is null)
        {
            yield return new CheckFailure("endpointUrl", "is required when integrationType is HTTP");
        }
    }
}

public record RouteState : RouteArgs
{
    [Output("routeId", "The route's SCP id.", Stable = true)]
    public string RouteId { get; init; } = "";
}

/// <summary>A child resource with a composite id; it makes no calls.</summary>
[Resource("Route", ImportId = "{gatewayId}/{routeId}/{method}", Description = "A test route.")]
public sealed class RouteResource : CustomResource<RouteArgs, RouteState>
{
    public override Task<(string Id, RouteState State)> CreateAsync(RouteArgs inputs, ResourceContext context)
    {
        var state = StateFrom(inputs) with { RouteId = "r-1" };
        return Task.FromResult((FormatId(state), state));
    }

    public override Task<(RouteArgs Inputs, RouteState State)?> ReadAsync(string id, RouteArgs? oldInputs, RouteState? oldState, ResourceContext context)
    {
        var parts = ParseId(id);
        var state = new RouteState { GatewayId = parts["gatewayId"], RouteId = parts["routeId"], Method = parts["method"], PathPart = "users", IntegrationType = "SCF" };
        return Task.FromResult<(RouteArgs, RouteState)?>((state, state));
    }

    public override Task DeleteAsync(string id, RouteState state, ResourceContext context) => Task.CompletedTask;
}
