using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Scp.QueueService.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class PagingTests
{
    [Fact]
    public async Task Forty_five_usage_plans_read_in_pages_of_twenty_come_back_once_each()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var made = new List<string>();
        for (var i = 0; i < 45; i++)
        {
            made.Add(await scp.NewUsagePlanAsync(apiId, $"plan-{i:00}"));
        }

        var all = await ScpPaging.ReadAllAsync(
            (page, size, ct) => scp.Api.ListUsagePlansAsync(apiId, new NamedListQuery { Page = page, Size = size }, ct),
            r => r.UsagePlans, r => r.Count, scp.Ct, pageSize: 20);

        Assert.Equal(made.Order(), all.Select(p => p.Id).Order());
        Assert.Equal(3, await scp.CountAsync("ListUsagePlans"));
    }

    [Fact]
    public async Task ListAll_reads_past_its_first_page()
    {
        await using var scp = await ScpHarness.StartAsync();
        var config = new QueueCreateRequest { Name = "q", MessageRetentionPeriod = 1, MessageRetentionPeriodUnit = "hour", MessageSize = 1 };
        var made = new List<string>();
        for (var i = 0; i < ScpPaging.DefaultPageSize + 5; i++)
        {
            made.Add((await scp.Queues.CreateQueueAsync(config with { Name = $"queue-{i:000}" }, null, scp.Ct)).Id);
        }

        var all = await scp.Queues.ListAllQueuesAsync(null, scp.Ct);

        Assert.Equal(made.Order(), all.Select(q => q.Id).Order());
        Assert.Equal(2, await scp.CountAsync("ListQueue"));
    }

    [Fact]
    public async Task A_bad_sort_is_a_400_with_the_emulators_words()
    {
        await using var scp = await ScpHarness.StartAsync();
        await ScpAssert.InvalidAsync("ListQueue", "sort: 'size:up' is not",
            () => scp.Queues.ListQueuesAsync(new NamedListQuery { Sort = "size:up" }, scp.Ct));
        await ScpAssert.InvalidAsync("ListPrivateLinkEndpoints", "sort: 'size:up' is not",
            () => scp.Api.ListPrivateLinkEndpointsAsync(new NamedListQuery { Sort = "size:up" }, scp.Ct));
        await ScpAssert.InvalidAsync("ListApis", "size:",
            () => scp.Api.ListApisAsync(new NamedListQuery { Size = 0 }, scp.Ct));
    }
}
