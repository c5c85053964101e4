using System.Text.Json.Nodes;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.IntegrationTests.Robustness;

/// <summary>One input of a resource or function, with its schema type (<c>type</c>/<c>items</c>/<c>$ref</c>...).</summary>
public sealed record InputProperty(string Name, JsonObject Spec);

/// <summary>What a resource or function takes, and the output names a program cannot set.</summary>
public sealed record InputShape(string Token, IReadOnlyList<InputProperty> Properties, IReadOnlySet<string> Required, IReadOnlyList<string> Outputs)
{
    public bool Declares(string name) => Properties.Any(property => property.Name == name);
}

/// <summary>
/// The inputs of every resource and function as the running plugin's own schema (GetSchema)
/// describes them: the fuzzer builds its maps from what users are told, not from the code.
/// </summary>
public sealed class PackageInputs
{
    private readonly JsonObject schema;

    private PackageInputs(JsonObject schema) => this.schema = schema;

    public IEnumerable<string> ResourceTokens => Section("resources").Select(entry => entry.Key);

    public IEnumerable<string> FunctionTokens => Section("functions").Select(entry => entry.Key);

    public static async Task<PackageInputs> FetchAsync(EngineSession session)
    {
        var response = await session.CallAsync<GetSchemaRequest, GetSchemaResponse>(ResourceProviderMethods.GetSchema, new GetSchemaRequest());
        return new PackageInputs(JsonNode.Parse(response.Schema)!.AsObject());
    }

    public InputShape Resource(string token)
    {
        var resource = Section("resources")[token]!.AsObject();
        return Shape(token, resource["inputProperties"]?.AsObject(), resource["requiredInputs"]?.AsArray(), resource["properties"]?.AsObject());
    }

    public InputShape Function(string token)
    {
        var inputs = Section("functions")[token]!["inputs"]?.AsObject();
        return Shape(token, inputs?["properties"]?.AsObject(), inputs?["required"]?.AsArray(), outputs: null);
    }

    /// <summary>The values of the enum type a <c>$ref</c> such as <c>#/types/scpgateway:index:MethodType</c> names; null for an object type.</summary>
    public IReadOnlyList<string>? EnumValues(string reference) =>
        Section("types")[reference["#/types/".Length..]]?["enum"]?.AsArray().Select(value => value!["value"]!.GetValue<string>()).ToList();

    /// <summary>The object type a <c>$ref</c> such as <c>#/types/scpgateway:index:QueueEncryption</c> names.</summary>
    public InputShape Type(string reference)
    {
        var token = reference["#/types/".Length..];
        var type = Section("types")[token]!.AsObject();
        return Shape(token, type["properties"]?.AsObject(), type["required"]?.AsArray(), outputs: null);
    }

    private JsonObject Section(string name) => schema[name]?.AsObject() ?? [];

    private static InputShape Shape(string token, JsonObject? properties, JsonArray? required, JsonObject? outputs) => new(
        token,
        [.. (properties ?? []).Select(entry => new InputProperty(entry.Key, entry.Value!.AsObject()))],
        (required ?? []).Select(name => name!.GetValue<string>()).ToHashSet(StringComparer.Ordinal),
        [.. (outputs ?? []).Select(entry => entry.Key).Where(name => properties?.ContainsKey(name) != true)]);
}
