using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class ApiKeysTests
{
    [Fact]
    public async Task Create_list_describe_and_delete_an_api_key()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var planId = await scp.NewUsagePlanAsync(apiId);

        var created = (await scp.Api.CreateApiKeyAsync(apiId, planId,
            new ApiKeyCreateRequest { Name = "partner-key", Description = "acme" }, null, scp.Ct)).ApiKey;
        Assert.Equal(("partner-key", "acme"), (created.Name, created.Description));
        Assert.NotEmpty(created.Key);
        Assert.DoesNotContain(created.Key, created.ToString(), StringComparison.Ordinal);

        var listed = Assert.Single(await scp.Api.ListAllApiKeysAsync(apiId, planId, "partner-key", scp.Ct));
        Assert.Equal((created.Id, created.Key), (listed.Id, listed.Key));

        var described = (await scp.Api.SetApiKeyDescriptionAsync(apiId, planId, created.Id,
            new DescriptionRequest { Description = "acme corp" }, scp.Ct)).ApiKey;
        Assert.Equal("acme corp", described.Description);

        await scp.Api.DeleteApiKeyAsync(apiId, planId, created.Id, scp.Ct);
        Assert.Empty(await scp.Api.ListAllApiKeysAsync(apiId, planId, null, scp.Ct));
    }

    [Fact]
    public async Task Api_key_errors_never_show_a_key_value()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var planId = await scp.NewUsagePlanAsync(apiId);
        var key = (await scp.Api.CreateApiKeyAsync(apiId, planId, new ApiKeyCreateRequest { Name = "partner-key" }, null, scp.Ct)).ApiKey;

        var errors = new[]
        {
            await ScpAssert.ConflictAsync("CreateApiKey", "an API key named 'partner-key' already exists",
                () => scp.Api.CreateApiKeyAsync(apiId, planId, new ApiKeyCreateRequest { Name = "partner-key" }, null, scp.Ct)),
            await ScpAssert.InvalidAsync("CreateApiKey", "name:",
                () => scp.Api.CreateApiKeyAsync(apiId, planId, new ApiKeyCreateRequest { Name = "k" }, null, scp.Ct)),
            await ScpAssert.NotFoundAsync("CreateApiKey",
                () => scp.Api.CreateApiKeyAsync(apiId, "no-such-plan", new ApiKeyCreateRequest { Name = "other-key" }, null, scp.Ct)),
            await ScpAssert.NotFoundAsync("SetApiKeyDescription",
                () => scp.Api.SetApiKeyDescriptionAsync(apiId, planId, "no-such-key", new DescriptionRequest { Description = "x" }, scp.Ct)),
            await ScpAssert.NotFoundAsync("ListApiKeys", () => scp.Api.ListApiKeysAsync(apiId, "no-such-plan", new NamedListQuery(), scp.Ct)),
            await ScpAssert.NotFoundAsync("DeleteApiKey", () => scp.Api.DeleteApiKeyAsync(apiId, planId, "no-such-key", scp.Ct)),
        };
        Assert.All(errors, e => ScpAssert.NoSecret(e, key.Key));
    }
}
