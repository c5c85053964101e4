using Pulumi.ScpGateway.Host;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// Reads and writes <see cref="StackState"/> as JSON. Property maps are written in their wire form
/// (the Struct JSON), so secrets stay secret envelopes and never appear as plain fields.
/// </summary>
public static class StateFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<StackState?> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Writes the state readable by its owner only (0600): it holds secrets (keys, tokens) in the
    /// clear inside their envelopes, where the real Pulumi backends encrypt them.
    /// </summary>
    public static async Task SaveAsync(string path, StackState state, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        File.Delete(temporary); // A leftover from a killed run may have other permissions; the mode applies on creation.
        var owner = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            owner.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(temporary, owner))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync(Serialize(state).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static string Serialize(StackState state)
    {
        var resources = new JsonArray();
        foreach (var resource in state.Resources)
        {
            resources.Add(new JsonObject
            {
                ["urn"] = resource.Urn,
                ["type"] = resource.Type,
                ["name"] = resource.Name,
                ["id"] = resource.Id,
                ["inputs"] = Write(resource.Inputs),
                ["outputs"] = Write(resource.Outputs),
                ["dependencies"] = new JsonArray([.. resource.Dependencies.Select(urn => (JsonNode?)urn)]),
                ["randomSeed"] = Convert.ToBase64String(resource.RandomSeed),
                ["protect"] = resource.Protect,
                ["pendingDelete"] = resource.PendingDelete,
                ["partialFailure"] = resource.PartialFailure,
            });
        }

        var root = new JsonObject
        {
            ["version"] = 1,
            ["project"] = state.Project,
            ["stack"] = state.Stack,
            ["providerConfig"] = Write(state.ProviderConfig),
            ["resources"] = resources,
            ["outputs"] = Write(state.Outputs),
        };
        return root.ToJsonString(Indented);
    }

    public static StackState Parse(string json)
    {
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidDataException("The state file is not a JSON object.");
        var resources = (root["resources"]?.AsArray() ?? []).Select(node =>
        {
            var item = node!.AsObject();
            return new ResourceState(
                Text(item, "urn"),
                Text(item, "type"),
                Text(item, "name"),
                Text(item, "id"),
                Read(item["inputs"]),
                Read(item["outputs"]),
                (item["dependencies"]?.AsArray() ?? []).Select(dep => dep!.GetValue<string>()).ToList(),
                Convert.FromBase64String(Text(item, "randomSeed")),
                item["protect"]?.GetValue<bool>() ?? false,
                item["pendingDelete"]?.GetValue<bool>() ?? false,
                item["partialFailure"]?.GetValue<bool>() ?? false);
        }).ToList();
        return new StackState(Text(root, "project"), Text(root, "stack"), Read(root["providerConfig"]), resources) { Outputs = Read(root["outputs"]) };
    }

    private static JsonNode? Write(PropertyMap map) => JsonNode.Parse(JsonFormatter.Default.Format(StructConverter.ToStruct(map)));

    private static PropertyMap Read(JsonNode? node) =>
        node is null ? PropertyMap.Empty : StructConverter.ToPropertyMap(JsonParser.Default.Parse<Struct>(node.ToJsonString()));

    private static string Text(JsonObject item, string key) =>
        item[key]?.GetValue<string>() ?? throw new InvalidDataException($"The state file lacks '{key}'.");
}
