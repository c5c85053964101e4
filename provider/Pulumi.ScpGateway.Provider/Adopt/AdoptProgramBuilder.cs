using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>
/// Turns what adopt read into the program's resources: declared so that each one comes after what it
/// refers to, named readably, with every SCP id that a resource of the program holds written as a
/// reference to it (<c>${users.resourceId}</c>) and stage names as <c>${devStage.name}</c>.
/// </summary>
public static class AdoptProgramBuilder
{
    /// <summary>Declaration order: what a type refers to comes first.</summary>
    public static readonly string[] TypeOrder =
        ["Api", "PrivateLinkEndpoint", "Resource", "Method", "Deployment", "UsagePlan", "ApiKey", "Stage", "Auth", "AccessControl", "PrivateLinkEndpointApproval", "Queue"];

    // The outputs of each type that hold its SCP ids, which other objects' inputs name.
    private static readonly Dictionary<string, string[]> IdOutputs = new(StringComparer.Ordinal)
    {
        ["Api"] = ["apiId", "rootResourceId"],
        ["PrivateLinkEndpoint"] = ["privatelinkEndpointId"],
        ["Resource"] = ["resourceId"],
        ["Deployment"] = ["deploymentId"],
        ["UsagePlan"] = ["usagePlanId"],
        ["ApiKey"] = ["apiKeyId"],
        ["Auth"] = ["authId"],
        ["AccessControl"] = ["accessControlId"],
        ["Queue"] = ["queueId"],
    };

    public static IReadOnlyList<AdoptedResource> Build(IReadOnlyList<FoundObject> found, ResourceRegistry registry)
    {
        var ordered = found
            .OrderBy(o => Array.IndexOf(TypeOrder, o.Type))
            .ThenBy(o => o.Api?.Name, StringComparer.Ordinal)
            .ThenBy(o => string.Join('/', o.NameParts), StringComparer.Ordinal)
            .ThenBy(o => o.ImportId, StringComparer.Ordinal)
            .ToList();
        var prefixApi = found.Select(o => o.Api?.Id).OfType<string>().Distinct(StringComparer.Ordinal).Count() > 1;
        var names = new AdoptNames();
        var named = ordered.Select(o => (Name: names.Name(o, prefixApi), Found: o)).ToList();

        var ids = new Dictionary<string, AdoptValue.Reference>(StringComparer.Ordinal);
        var stages = new Dictionary<(string Api, string Stage), AdoptValue.Reference>();
        foreach (var (name, o) in named)
        {
            foreach (var output in IdOutputs.GetValueOrDefault(o.Type) ?? [])
            {
                if (o.Outputs.GetValueOrDefault(output) is { Kind: PropertyValueKind.String } id && id.AsString.Length > 0)
                {
                    ids.TryAdd(id.AsString, new AdoptValue.Reference(name, output));
                }
            }
            if (o.Type == "Stage" && o.Api is { } api && o.Inputs.GetValueOrDefault("name") is { Kind: PropertyValueKind.String } stageName)
            {
                stages[(api.Id, stageName.AsString)] = new AdoptValue.Reference(name, "name");
            }
        }

        return [.. named.Select(entry =>
        {
            var declaration = registry.DeclarationOf(entry.Found.Token);
            var inputs = declaration.Args.Inputs
                .Where(property => entry.Found.Inputs.ContainsKey(property.Name))
                .Select(property => KeyValuePair.Create(property.Name, Written(entry.Found, property.Name, entry.Found.Inputs[property.Name], ids, stages)))
                .ToList();
            var notReadable = declaration.Args.Inputs
                .Where(property => property.NotReadable && !entry.Found.Inputs.ContainsKey(property.Name))
                .Select(property => new NotReadableInput(property.Name, property.NotReadableReason!, property.Replace, property.RequiredInput ? Placeholder(property) : null))
                .ToList();
            return new AdoptedResource(entry.Name, entry.Found, inputs) { NotReadable = notReadable };
        })];
    }

    /// <summary>The smallest value a required input's rules allow: it only has to pass Check, ignoreChanges keeps it out of the import.</summary>
    private static PropertyValue Placeholder(PropertyDeclaration property) => property.Type.Kind switch
    {
        PropertyKind.Integer or PropertyKind.Long or PropertyKind.Number =>
            PropertyValue.FromNumber(property.Rules.OfType<RangeAttribute>().Select(range => (double)range.Min).FirstOrDefault(1)),
        PropertyKind.Bool => PropertyValue.False,
        _ => PropertyValue.FromString(""),
    };

    private static AdoptValue Written(FoundObject found, string property, PropertyValue value, Dictionary<string, AdoptValue.Reference> ids, Dictionary<(string, string), AdoptValue.Reference> stages)
    {
        AdoptValue? Reference(PropertyValue item)
        {
            if (item.Kind != PropertyValueKind.String)
            {
                return null;
            }
            if (property == "connectedStages")
            {
                return found.Api is { } api && stages.TryGetValue((api.Id, item.AsString), out var stage) ? stage : null;
            }
            return ids.GetValueOrDefault(item.AsString);
        }

        if (Reference(value) is { } reference)
        {
            return reference;
        }
        if (value.Kind == PropertyValueKind.Array && value.AsArray.Any(item => Reference(item) is not null))
        {
            return new AdoptValue.Items([.. value.AsArray.Select(item => Reference(item) ?? new AdoptValue.Literal(item))]);
        }
        return new AdoptValue.Literal(value);
    }
}
