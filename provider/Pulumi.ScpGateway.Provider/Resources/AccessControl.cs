using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Resources;

public record AccessControlArgs
{
    [Input("apiId", "The id of the API whose stages this access control guards.", Replace = true)]
    public string ApiId { get; init; } = "";

    [Input("name", "The access control's name, unique within the API: " + ScpNameRule.Described, Replace = true, Autoname = AutonameStyle.Dashed)]
    [Pattern(ScpNameRule.Pattern, ScpNameRule.Meaning)]
    [Length(ScpNameRule.MinLength, ScpNameRule.MaxLength)]
    public string? Name { get; init; }

    [Input("allowedIpAddresses", "The callers allowed through: IPv4 addresses (10.0.0.1) or CIDR blocks (10.0.0.0/24); order does not matter.")]
    [Set]
    [IpAddressOrCidr]
    public IReadOnlyList<string> AllowedIpAddresses { get; init; } = [];

    [Input("connectedStages", "Names of the API's stages this allow list applies to (order does not matter).")]
    [Set]
    public IReadOnlyList<string>? ConnectedStages { get; init; }

    [Input("description", "What the access control is for.")]
    public string? Description { get; init; }
}

public record AccessControlState : AccessControlArgs
{
    [Output("accessControlId", "The access control's SCP id.", Stable = true)]
    public string AccessControlId { get; init; } = "";

    [Output("createdAt", "When SCP created the access control.", Stable = true)]
    public string? CreatedAt { get; init; }
}

/// <summary>An IP allow list of an API, applied to some of its stages. One SCP call sets all of it.</summary>
[Resource("AccessControl", ImportId = "{apiId}/{accessControlId}",
    Description = "An IP access control of an API Gateway API: only the listed addresses and blocks may call the connected stages.")]
public sealed class AccessControlResource(IApiGatewayClient scp) : CustomResource<AccessControlArgs, AccessControlState>
{
    public override async Task<(string Id, AccessControlState State)> CreateAsync(AccessControlArgs inputs, ResourceContext context)
    {
        var name = inputs.Name!;
        var request = new AccessControlCreateRequest
        {
            Name = name,
            AllowedIpAddr = inputs.AllowedIpAddresses,
            ConnectedStages = inputs.ConnectedStages ?? [],
            Description = inputs.Description,
        };
        var created = await CreateReferences.CheckedAsync(scp, () => scp.CreateAccessControlAsync(inputs.ApiId, request,
            new(async ct => ExactName.Find(await scp.ListAllAccessControlsAsync(inputs.ApiId, ct), control => control.Name, name), context.ResumedCreate),
            context.CancellationToken),
            context.CancellationToken, InputReference.Api(scp, inputs.ApiId));
        var state = StateFrom(inputs) with { Name = created.Name, AccessControlId = created.Id, CreatedAt = created.CreatedAt };
        return (FormatId(state), state);
    }

    public override async Task<(AccessControlArgs Inputs, AccessControlState State)?> ReadAsync(string id, AccessControlArgs? oldInputs, AccessControlState? oldState, ResourceContext context)
    {
        var parts = ParseId(id);
        var apiId = parts["apiId"];
        var found = await ScpGone.OrNullAsync(() => scp.ShowAccessControlAsync(apiId, parts["accessControlId"], context.CancellationToken));
        if (found is null)
        {
            return null;
        }
        var control = found.AccessControl;
        var state = new AccessControlState
        {
            ApiId = apiId,
            Name = control.Name,
            AllowedIpAddresses = ReadBack.SetItems(control.AllowedIpAddr),
            ConnectedStages = ReadBack.Set(control.ConnectedStages, oldInputs?.ConnectedStages),
            Description = ReadBack.Description(control.Description, oldInputs?.Description),
            AccessControlId = control.Id,
            CreatedAt = control.CreatedAt,
        };
        return (state, state);
    }

    public override async Task<AccessControlState> UpdateAsync(string id, AccessControlArgs olds, AccessControlArgs news, AccessControlState oldState, ResourceContext context)
    {
        // SCP's set takes every field at once; an unset description is sent as "" so it is cleared.
        var request = new AccessControlSetRequest
        {
            AllowedIpAddr = news.AllowedIpAddresses,
            ConnectedStages = news.ConnectedStages ?? [],
            Description = news.Description ?? "",
        };
        await scp.SetAccessControlAsync(oldState.ApiId, oldState.AccessControlId, request, context.CancellationToken);
        return StateFrom(news) with { AccessControlId = oldState.AccessControlId, CreatedAt = oldState.CreatedAt };
    }

    public override Task DeleteAsync(string id, AccessControlState state, ResourceContext context) =>
        ScpGone.DeleteAsync(() => scp.DeleteAccessControlAsync(state.ApiId, state.AccessControlId, context.CancellationToken));
}
