using Pulumi.ScpGateway.EngineSimulator.Yaml;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Simulator;

public class ExpressionEvaluatorTests
{
    private static readonly PropertyMap Api = PropertyMap.Empty
        .With("name", "shop")
        .With("port", 8080)
        .With("items", PropertyValue.FromArray(PropertyValue.FromObject(PropertyMap.Empty.With("id", "i-1"))))
        .With("token", PropertyValue.MakeSecret("s3cr3t"));

    [Fact]
    public async Task A_lone_reference_keeps_its_type_and_interpolation_makes_text()
    {
        Assert.Equal(PropertyValue.FromNumber(8080), await EvalAsync("${api.port}"));
        Assert.Equal(PropertyValue.FromString("https://shop:8080/x"), await EvalAsync("https://${api.name}:${api.port}/x"));
        Assert.Equal(PropertyValue.FromString("i-1"), await EvalAsync("${api.items[0].id}"));
    }

    [Fact]
    public async Task Secrets_spread_to_what_is_built_from_them()
    {
        var value = await EvalAsync("Bearer ${api.token}");

        Assert.True(value.IsSecret);
        Assert.Equal(PropertyValue.FromString("Bearer s3cr3t"), value.SecretValue);
    }

    [Fact]
    public async Task An_unknown_anywhere_in_an_interpolation_makes_it_unknown()
    {
        var scope = new TestScope(PropertyMap.Empty.With("id", PropertyValue.Unknown), missingIsUnknown: true);

        Assert.True((await EvalAsync("https://${api.id}/x", scope)).IsComputed);
        Assert.True((await EvalAsync("${api.notYetKnown}", scope)).IsComputed);
    }

    [Fact]
    public async Task A_missing_property_names_the_place_and_the_reference()
    {
        var error = await Assert.ThrowsAsync<ProgramException>(() => EvalAsync("${api.nmae}"));

        Assert.Equal("resources.x.properties.p: '${api.nmae}': there is no property 'nmae'", error.Message);
    }

    [Fact]
    public async Task An_unknown_root_is_reported()
    {
        var error = await Assert.ThrowsAsync<ProgramException>(() => EvalAsync("${nope.name}"));

        Assert.Contains("'nope', which is not a resource, variable or config key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task To_json_serialises_and_keeps_secrecy()
    {
        var expression = new ToJsonExpression(new ObjectExpression([new("a", new LiteralExpression(1, "p")), new("t", InterpolationParser.Parse("${api.token}", "p"))], "p"), "p");

        var value = await ExpressionEvaluator.EvaluateAsync(expression, new TestScope(Api, false), CancellationToken.None);

        Assert.True(value.IsSecret);
        Assert.Equal("{\"a\":1,\"t\":\"s3cr3t\"}", value.SecretValue.AsString);
    }

    private static Task<PropertyValue> EvalAsync(string text, TestScope? scope = null) =>
        ExpressionEvaluator.EvaluateAsync(InterpolationParser.Parse(text, "resources.x.properties.p"), scope ?? new TestScope(Api, false), CancellationToken.None);

    private sealed class TestScope(PropertyMap api, bool missingIsUnknown) : IExpressionScope
    {
        public bool TryResolve(string root, out ScopeValue value)
        {
            value = new ScopeValue(PropertyValue.FromObject(api), missingIsUnknown);
            return root == "api";
        }

        public Task<PropertyValue> InvokeAsync(string function, PropertyMap arguments, string location, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
