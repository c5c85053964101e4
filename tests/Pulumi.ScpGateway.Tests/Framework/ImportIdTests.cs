using Pulumi.ScpGateway.Framework;
using static Pulumi.ScpGateway.Tests.Framework.TestRegistry;

namespace Pulumi.ScpGateway.Tests.Framework;

public class ImportIdTests
{
    private static readonly ImportIdTemplate Template = ImportIdTemplate.Parse("{apiId}/{resourceId}/{methodType}");

    [Fact]
    public void An_id_parses_into_its_named_parts()
    {
        var id = Template.ParseId("api-1/res-2/GET");

        Assert.Equal("api-1", id["apiId"]);
        Assert.Equal("res-2", id["resourceId"]);
        Assert.Equal("GET", id["methodType"]);
    }

    [Theory]
    [InlineData("api-1/res-2")]
    [InlineData("api-1/res-2/GET/extra")]
    [InlineData("api-1//GET")]
    [InlineData("")]
    public void An_id_of_the_wrong_shape_says_what_was_expected(string id)
    {
        var error = Assert.Throws<ResourceIdException>(() => Template.ParseId(id));

        Assert.Equal($"expected <apiId>/<resourceId>/<methodType>, got '{id}'", error.Message);
    }

    [Fact]
    public void A_long_id_of_the_wrong_shape_is_cut_short_in_the_message()
    {
        var error = Assert.Throws<ResourceIdException>(() => Template.ParseId(new string('9', 5000)));

        Assert.Equal($"expected <apiId>/<resourceId>/<methodType>, got '{new string('9', 64)}... (5000 characters)'", error.Message);
    }

    [Fact]
    public void Parts_format_into_an_id_that_parses_back()
    {
        var id = Template.Format("api-1", "res-2", "GET");

        Assert.Equal("api-1/res-2/GET", id);
        Assert.Equal("res-2", Template.ParseId(id)["resourceId"]);
        Assert.Throws<ArgumentException>(() => Template.Format("api-1", "res/2", "GET"));
        Assert.Throws<ArgumentException>(() => Template.Format("api-1"));
    }

    [Fact]
    public void A_template_that_is_not_placeholders_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ImportIdTemplate.Parse("apis/{apiId}"));
    }

    [Fact]
    public async Task A_resource_formats_its_id_from_its_state_and_reads_by_parsing_it()
    {
        var test = new TestRegistry();
        var inputs = Map(("gatewayId", "gw-1"), ("pathPart", "users"), ("method", "GET"), ("integrationType", "SCF"), ("ttlDays", 30.0));
        var urn = Urn(RouteToken, "route");

        var created = await test.Registry.CreateAsync(new ResourceCreateRequest(urn, inputs), CancellationToken.None);
        var read = await test.Registry.ReadAsync(new ResourceReadRequest("gw-9/r-7/POST", urn), CancellationToken.None);
        var bad = await Assert.ThrowsAsync<ResourceIdException>(() => test.Registry.ReadAsync(new ResourceReadRequest("r-7", urn), CancellationToken.None));

        Assert.Equal("gw-1/r-1/GET", created.Id);
        Assert.Equal("r-7", read.Properties.GetString("routeId"));
        Assert.Equal("POST", read.Inputs.GetString("method"));
        Assert.False(read.Inputs.ContainsKey("ttlDays"));
        Assert.Equal("expected <gatewayId>/<routeId>/<method>, got 'r-7'", bad.Message);
    }

    [Fact]
    public async Task An_import_id_may_spell_a_part_as_a_program_spells_the_input()
    {
        var test = new TestRegistry();
        var urn = Urn(RouteToken, "route");

        var read = await test.Registry.ReadAsync(new ResourceReadRequest("gw-9/r-7/post", urn), CancellationToken.None);

        Assert.Equal("POST", read.Inputs.GetString("method"));
        Assert.Equal("gw-9/r-7/POST", read.Id);
    }
}
