using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class AuthsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Create_show_list_set_and_delete_an_auth(bool seedQuirks)
    {
        await using var scp = await ScpHarness.StartAsync(new() { ApiCreateDelayMs = 0, SeedQuirks = seedQuirks });
        var apiId = await scp.NewApiAsync();
        await scp.NewStageAsync(apiId, "dev");
        await scp.NewStageAsync(apiId, "stg");

        var created = await scp.Api.CreateAuthAsync(apiId,
            new AuthCreateRequest { Name = "partner-token", ExpirationPeriod = 30, ConnectedStages = ["dev", "stg"] }, scp.Ct);
        Assert.NotEmpty(created.AccessToken);
        Assert.DoesNotContain(created.AccessToken, created.ToString(), StringComparison.Ordinal);

        var auth = Assert.Single(await scp.Api.ListAllAuthsAsync(apiId, scp.Ct));
        Assert.Equal("partner-token", auth.Name);
        // The seed joins several stages into one element ("dev,stg"); the client splits them again.
        Assert.Equal(["dev", "stg"], auth.ConnectedStages);
        var expires = DateTimeOffset.Parse(auth.ExpiredAt, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromDays(29), TimeSpan.FromDays(31));

        var set = (await scp.Api.SetAuthAsync(apiId, auth.Id, new AuthSetRequest { ConnectedStages = ["stg"] }, scp.Ct)).Auth;
        Assert.Equal(["stg"], set.ConnectedStages);
        Assert.Equal(["stg"], (await scp.Api.ShowAuthAsync(apiId, auth.Id, scp.Ct)).Auth.ConnectedStages);

        await scp.Api.DeleteAuthAsync(apiId, auth.Id, scp.Ct);
        await ScpAssert.NotFoundAsync("ShowAuth", () => scp.Api.ShowAuthAsync(apiId, auth.Id, scp.Ct));
    }

    [Fact]
    public async Task An_auth_without_stages_sends_connected_stages_as_null()
    {
        // The seed marks connected_stages required but nullable: leaving it out is a 400.
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        await scp.Api.CreateAuthAsync(apiId, new AuthCreateRequest { Name = "lonely-token", ExpirationPeriod = 1 }, scp.Ct);
        var auth = Assert.Single(await scp.Api.ListAllAuthsAsync(apiId, scp.Ct));
        Assert.Empty(auth.ConnectedStages);
        var set = (await scp.Api.SetAuthAsync(apiId, auth.Id, new AuthSetRequest(), scp.Ct)).Auth;
        Assert.Empty(set.ConnectedStages);
    }

    [Fact]
    public async Task Auth_errors_never_show_a_token()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var token = (await scp.Api.CreateAuthAsync(apiId,
            new AuthCreateRequest { Name = "partner-token", ExpirationPeriod = 30, ConnectedStages = [] }, scp.Ct)).AccessToken;

        var errors = new[]
        {
            await ScpAssert.ConflictAsync("CreateAuth", "an auth named 'partner-token' already exists",
                () => scp.Api.CreateAuthAsync(apiId, new AuthCreateRequest { Name = "partner-token", ExpirationPeriod = 30, ConnectedStages = [] }, scp.Ct)),
            await ScpAssert.InvalidAsync("CreateAuth", "expiration_period:",
                () => scp.Api.CreateAuthAsync(apiId, new AuthCreateRequest { Name = "other-token", ExpirationPeriod = 0, ConnectedStages = [] }, scp.Ct)),
            await ScpAssert.NotFoundAsync("CreateAuth",
                () => scp.Api.CreateAuthAsync(apiId, new AuthCreateRequest { Name = "other-token", ExpirationPeriod = 3, ConnectedStages = ["prod"] }, scp.Ct)),
            await ScpAssert.NotFoundAsync("SetAuth",
                () => scp.Api.SetAuthAsync(apiId, "no-such-auth", new AuthSetRequest { ConnectedStages = [] }, scp.Ct)),
            await ScpAssert.NotFoundAsync("ListAuths", () => scp.Api.ListAuthsAsync("no-such-api", new ListQuery(), scp.Ct)),
            await ScpAssert.NotFoundAsync("DeleteAuth", () => scp.Api.DeleteAuthAsync(apiId, "no-such-auth", scp.Ct)),
        };
        Assert.All(errors, e => ScpAssert.NoSecret(e, token));
    }
}
