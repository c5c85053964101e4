using System.Net;
using System.Text;
using System.Text.Json;
using Pulumi.ScpGateway.Scp.Json;
using Pulumi.ScpGateway.Tests.Scp.Seed;

namespace Pulumi.ScpGateway.Tests.Scp;

/// <summary>
/// For every documented operation: the request's method, path and body keys are what the
/// documentation shows, and the documented example answer is read without losing a field.
/// </summary>
public class SeedOperationTests
{
    public static TheoryData<string> Titles()
    {
        var data = new TheoryData<string>();
        foreach (var op in SeedOperation.All)
        {
            data.Add(op.Title);
        }
        return data;
    }

    [Fact]
    public void Every_documented_operation_has_a_typed_call()
    {
        Assert.Equal(61, SeedOperation.All.Count);
        Assert.Equal(52, SeedOperation.All.Count(o => !o.IsQueueService));
        Assert.Equal(SeedOperation.All.Select(o => o.Title).Order(), SeedOperationTable.Calls.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public async Task Request_and_answer_match_the_documentation(string title)
    {
        var op = SeedOperation.Named(title);
        var handler = new ScriptedHandler().Then((_, _) =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)op.Status);
            if (op.ResponseBody is { } body)
            {
                response.Content = new StringContent(body.GetRawText(), Encoding.UTF8, "application/json");
            }
            return Task.FromResult(response);
        });
        using var test = new ScpTestClients(handler, s => s with { ApiGatewayEndpoint = new("http://127.0.0.1:9"), QueueServiceEndpoint = new("http://127.0.0.1:9") });

        var answer = await SeedOperationTable.Calls[title](test.Clients, op.RequestBody, CancellationToken.None);

        var seen = Assert.Single(handler.Requests);
        Assert.Equal(op.Method, seen.Method.Method);
        Assert.Equal(ExpectedPath(op), seen.Uri.AbsolutePath);
        Assert.Equal(op.QueryKeys, QueryKeys(seen.Uri));
        Assert.Equal(op.IsQueueService ? "queueservice 1.0" : "apigateway 1.2", seen.Headers["Scp-Api-Version"]);
        if (op.RequestBody is { } documented)
        {
            Assert.NotNull(seen.Body);
            using var sent = JsonDocument.Parse(seen.Body);
            AssertSameKeys(documented, sent.RootElement, "request");
        }
        else
        {
            Assert.Null(seen.Body);
        }
        if (op.ResponseBody is { } example)
        {
            Assert.NotNull(answer);
            var reread = JsonSerializer.SerializeToElement(answer, ScpJsonContext.Default.GetTypeInfo(answer.GetType())!);
            AssertKeysKept(example, reread, "answer");
        }
    }

    private static string ExpectedPath(SeedOperation op)
    {
        var path = op.Path;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(path, @"\{(\w+)\}").Select(m => m.Groups[1].Value))
        {
            path = path.Replace("{" + name + "}", SeedOperationTable.Value(name), StringComparison.Ordinal);
        }
        return path;
    }

    private static List<string> QueryKeys(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal).ToList();

    /// <summary>The body sent has exactly the documented fields, and the same text where both are strings.</summary>
    private static void AssertSameKeys(JsonElement documented, JsonElement sent, string where)
    {
        Assert.Equal(documented.EnumerateObject().Select(p => p.Name).Order(), sent.EnumerateObject().Select(p => p.Name).Order());
        foreach (var property in documented.EnumerateObject())
        {
            var ours = sent.GetProperty(property.Name);
            if (property.Value.ValueKind == JsonValueKind.String && ours.ValueKind == JsonValueKind.String)
            {
                Assert.True(property.Value.GetString() == ours.GetString(), $"{where}.{property.Name}: documented '{property.Value}', sent '{ours}'");
            }
        }
    }

    /// <summary>Every documented answer field survives reading (a misspelt model property would drop it).</summary>
    private static void AssertKeysKept(JsonElement documented, JsonElement read, string where)
    {
        if (documented.ValueKind == JsonValueKind.Object && read.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in documented.EnumerateObject())
            {
                Assert.True(read.TryGetProperty(property.Name, out var value), $"{where}.{property.Name} was lost");
                AssertKeysKept(property.Value, value, $"{where}.{property.Name}");
            }
        }
        else if (documented.ValueKind == JsonValueKind.Array && read.ValueKind == JsonValueKind.Array
            && documented.GetArrayLength() > 0 && documented[0].ValueKind == JsonValueKind.Object)
        {
            Assert.Equal(documented.GetArrayLength(), read.GetArrayLength());
            AssertKeysKept(documented[0], read[0], where + "[0]");
        }
        else if (documented.ValueKind == JsonValueKind.String && read.ValueKind == JsonValueKind.String)
        {
            Assert.True(documented.GetString() == read.GetString(), $"{where}: documented '{documented}', read '{read}'");
        }
    }
}
