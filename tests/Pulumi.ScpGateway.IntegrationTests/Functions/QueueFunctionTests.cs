using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Scp.QueueService;
using Pulumi.ScpGateway.Scp.QueueService.Models;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Functions;

public sealed class QueueFunctionTests(FunctionsFixture fixture) : IClassFixture<FunctionsFixture>
{
    private IQueueServiceClient Queues => fixture.Provider.Scp.QueueService;

    private static PropertyMap Args(params (string Key, PropertyValue Value)[] entries) =>
        new(entries.Select(entry => new KeyValuePair<string, PropertyValue>(entry.Key, entry.Value)));

    private Task<QueueCreateResponse> CreateQueueAsync(string name) =>
        Queues.CreateQueueAsync(new QueueCreateRequest { Name = name, MessageRetentionPeriod = 2, MessageRetentionPeriodUnit = "hour", MessageSize = 16 }, null, CancellationToken.None);

    [Fact]
    public async Task GetQueue_finds_a_queue_by_id_and_by_exact_name_with_its_settings()
    {
        var queue = await CreateQueueAsync("invoices");
        await CreateQueueAsync("invoices-archive");
        await Queues.SetAclAsync(queue.Id, new QueueAclRequest { IpAddress = ["10.1.0.0/16", "10.2.0.1"] }, CancellationToken.None);

        var byName = await fixture.Provider.InvokeAsync("getQueue", Args(("name", "invoices")));
        var byId = await fixture.Provider.InvokeAsync("getQueue", Args(("queueId", queue.Id)));

        Assert.Equal(queue.Id, byName.GetString("queueId"));
        Assert.Equal(byName, byId);
        Assert.Equal(16.0, byName["messageSize"].AsNumber);
        Assert.Equal("hour", byName.GetString("messageRetentionPeriodUnit"));
        Assert.Equal(["10.1.0.0/16", "10.2.0.1"], byName["allowedIpAddresses"].AsArray.Select(ip => ip.AsString).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetQueue_reports_a_name_no_queue_has()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.Provider.InvokeAsync("getQueue", Args(("name", "no-such-queue"))));

        Assert.Contains("no queue is named 'no-such-queue'", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetQueues_reads_every_page_and_filters_by_name()
    {
        await FunctionsFixture.ManyAsync(FunctionsFixture.MoreThanOnePage, i => CreateQueueAsync($"bulk-{i:D3}"));
        await CreateQueueAsync("bulk-extra.fifo");

        var filtered = await fixture.Provider.InvokeAsync("getQueues", Args(("name", "bulk-")));

        var queues = filtered["queues"].AsArray.Select(q => q.AsObject).ToList();
        Assert.Equal(FunctionsFixture.MoreThanOnePage + 1, queues.Count);
        Assert.Equal("FIFO", Assert.Single(queues, q => q.GetString("name") == "bulk-extra.fifo").GetString("type"));
    }

    [Fact]
    public async Task CheckQueueName_tells_taken_names_from_free_ones()
    {
        await CreateQueueAsync("taken-name");

        var taken = await fixture.Provider.InvokeAsync("checkQueueName", Args(("name", "taken-name")));
        var free = await fixture.Provider.InvokeAsync("checkQueueName", Args(("name", "free-name")));

        Assert.True(taken["duplicated"].AsBool);
        Assert.False(free["duplicated"].AsBool);
    }
}
