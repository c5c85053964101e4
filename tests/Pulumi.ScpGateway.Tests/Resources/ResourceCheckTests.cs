using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Resources.CatalogCheck;

namespace Pulumi.ScpGateway.Tests.Resources;

public class ResourceCheckTests
{
    private static Task<Pulumi.ScpGateway.Framework.CheckResult> CheckPathPart(string pathPart) =>
        CheckAsync("Resource", Map(("apiId", "api-1"), ("pathPart", pathPart)));

    [Theory]
    [InlineData("users")]
    [InlineData("{user-id}")]
    [InlineData("v1-orders")]
    public async Task Literal_segments_and_parameters_of_three_or_more_characters_pass(string pathPart)
    {
        var result = await CheckPathPart(pathPart);

        Assert.Empty(result.Failures);
        Assert.False(result.Inputs.ContainsKey("parentId"));
    }

    [Fact]
    public async Task A_two_character_parameter_is_refused_with_the_braces_explanation()
    {
        var result = await CheckPathPart("{id}");

        var reason = ReasonFor(result, "pathPart");
        Assert.Contains("got '{id}'", reason, StringComparison.Ordinal);
        Assert.Contains("at least three characters inside braces", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Users")]
    [InlineData("users/")]
    [InlineData("/users")]
    [InlineData("{users")]
    [InlineData("users-")]
    public async Task Segments_outside_the_rule_are_refused(string pathPart)
    {
        var result = await CheckPathPart(pathPart);

        Assert.StartsWith("must be 3 to 50 lower-case letters", ReasonFor(result, "pathPart"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_and_path_part_are_required()
    {
        var result = await CheckAsync("Resource", PropertyMap.Empty);

        Assert.Equal(["apiId", "pathPart"], result.Failures.Select(failure => failure.Property).Order(StringComparer.Ordinal));
        Assert.All(result.Failures, failure => Assert.Equal("is required", failure.Reason));
    }

    [Fact]
    public async Task An_unknown_path_part_is_not_judged()
    {
        var result = await CheckAsync("Resource", Map(("apiId", PropertyValue.Computed()), ("pathPart", PropertyValue.Computed())));

        Assert.Empty(result.Failures);
    }
}
