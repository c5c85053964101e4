using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>
/// Every operation of the seed, sent as in the seed's example, answers with the example's status and the
/// example's shape (same field names, same JSON kinds).
/// </summary>
public sealed class ContractTests : IAsyncLifetime
{
    private RunningEmulator _emulator = null!;

    public static TheoryData<string> OperationNames => [.. SeedExamples.Operations.Select(o => o["operation"]!.GetValue<string>())];

    public async Task InitializeAsync() => _emulator = await RunningEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public void The_seed_has_52_api_gateway_and_9_queue_operations()
    {
        var operations = SeedExamples.Operations.ToList();
        Assert.Equal(61, operations.Count);
        Assert.Equal(9, operations.Count(o => o["path"]!.GetValue<string>().StartsWith("/v1/queues", StringComparison.Ordinal)));
        Assert.Equal(61, operations.Select(o => o["operation"]!.GetValue<string>()).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task Example_request_gets_the_example_status_and_shape(string operation)
    {
        var client = _emulator.Client;
        var world = await World.CreateAsync(client);
        var example = SeedExamples.Get(operation);

        var countedBefore = await CountAsync(client, operation);

        var reply = await client.SendAsync(example["method"]!.GetValue<string>(), Target(example, world), Body(example, world));

        Assert.True((int)reply.Status == example["status"]!.GetValue<int>(), $"{operation}: {reply}");
        Assert.True(await CountAsync(client, operation) == countedBefore + 1, $"the emulator does not count this request as {operation}");
        var expected = example["response"] is { } response ? JsonDocument.Parse(response.ToJsonString()).RootElement : (JsonElement?)null;
        if (expected is null)
        {
            Assert.Null(reply.Json);
            return;
        }

        var differences = SeedExamples.ShapeDifferences(expected, reply.Json, SeedExamples.NullableKeys, SeedExamples.EmptyArrayItems);
        Assert.True(differences.Count == 0, $"{operation} differs from the seed's example:\n{string.Join("\n", differences)}\n{reply.Text}");
    }

    [Fact]
    public async Task A_shape_difference_is_reported()
    {
        // The comparison itself must be able to fail: an extra key and a wrong kind are both caught.
        var example = JsonDocument.Parse("""{"a": 1, "b": ["x"], "c": null, "e": null, "f": ["x"], "g": [], "h": "x", "i": "x", "k": [], "l": [{"m": ["x"]}]}""").RootElement;
        var actual = JsonDocument.Parse("""{"a": "1", "b": ["y", 2], "d": true, "e": {"any": 1}, "f": [], "g": [{"k": 1}], "h": null, "i": null, "k": [{"n": 1}], "l": [{"m": []}, {"m": []}]}""").RootElement;
        var items = new Dictionary<string, JsonElement> { ["k"] = JsonDocument.Parse("""{"n": "x"}""").RootElement };
        var differences = SeedExamples.ShapeDifferences(example, actual, new HashSet<string> { "i" }, items);
        Assert.Contains("$.a: string, the example has number", differences);
        Assert.Contains("$.b[1]: number, the example has string", differences);
        Assert.Contains("$.c: missing", differences);
        Assert.Contains("$.d: not in the example", differences);
        // A null example is no wildcard, and items go uncompared neither in an empty example nor in empty answers.
        Assert.Contains("$.e: object, the example has null", differences);
        Assert.Contains("$.f: empty, the example has 1 item(s) whose shape is then never compared", differences);
        Assert.Contains("$.g: 1 item(s), the example has none to compare them with", differences);
        Assert.Contains("$.k[0].n: number, the example has string", differences);
        Assert.Contains("$.l[].m: empty, the example has 1 item(s) whose shape is then never compared", differences);
        // An actual null is a difference except where the seed's models allow null.
        Assert.Contains("$.h: null, the example has string", differences);
        Assert.Equal(10, differences.Count);
        await Task.CompletedTask;
    }

    private static async Task<int> CountAsync(SigningClient client, string operation) =>
        (await client.AdminAsync("GET", "/_emulator/requests")).Body.GetProperty("operations").TryGetProperty(operation, out var counts)
            ? counts.GetProperty("count").GetInt32()
            : 0;

    private static string Target(JsonObject example, World world)
    {
        var path = world.Fill(example["path"]!.GetValue<string>());
        var query = example["query"]?.GetValue<string>()
            ?.Replace("{start_date}", "2025-07-01", StringComparison.Ordinal)
            .Replace("{end_date}", "2025-07-30", StringComparison.Ordinal)
            .Replace("{name}", "test-queue.fifo", StringComparison.Ordinal);
        return query is null ? path : world.Fill($"{path}?{query}");
    }

    /// <summary>The example body with ids of the test world in reference fields, plus the data file's overrides.</summary>
    private static string? Body(JsonObject example, World world)
    {
        if (example["request"]?.DeepClone() is not JsonObject body)
        {
            return null;
        }

        var references = new Dictionary<string, JsonNode>
        {
            ["deployment_id"] = world.DeploymentId,
            ["usage_plan_id"] = world.UsagePlanId,
            ["api_id"] = world.ApiId,
            ["privatelink_service_id"] = world.ApiId,
            ["connected_stages"] = new JsonArray(world.StageName),
            ["connected_api_keys"] = new JsonArray(world.ApiKeyId),
        };
        foreach (var (field, value) in references)
        {
            if (body.ContainsKey(field))
            {
                body[field] = value.DeepClone();
            }
        }

        foreach (var (field, value) in example["request_overrides"]?.AsObject() ?? [])
        {
            body[field] = value?.DeepClone();
        }

        return body.ToJsonString();
    }
}
