using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.QueueService.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class QueuesTests
{
    private static QueueCreateRequest Orders => new()
    {
        Name = "orders-queue",
        Description = "incoming orders",
        MessageRetentionPeriod = 4,
        MessageRetentionPeriodUnit = "day",
        MessageSize = 64,
        Tags = [new ScpTag { Key = "team", Value = "web" }],
    };

    [Fact]
    public async Task Create_show_list_configure_describe_acl_and_delete_a_queue()
    {
        await using var scp = await ScpHarness.StartAsync();
        Assert.False((await scp.Queues.CheckQueueNameDuplicationAsync("orders-queue", scp.Ct)).Result);

        var created = await scp.Queues.CreateQueueAsync(Orders, null, scp.Ct);
        Assert.NotEmpty(created.Id);
        Assert.True((await scp.Queues.CheckQueueNameDuplicationAsync("orders-queue", scp.Ct)).Result);

        var shown = await scp.Queues.ShowQueueAsync(created.Id, scp.Ct);
        Assert.Equal(("orders-queue", "incoming orders", 4, "day", 64, "ACTIVE"),
            (shown.Name, shown.Description, shown.MessageRetentionPeriod, shown.MessageRetentionPeriodUnit, shown.MessageSize, shown.State));
        Assert.Empty(shown.AllowIpAccess ?? []);

        var listed = Assert.Single(await scp.Queues.ListAllQueuesAsync("orders-queue", scp.Ct));
        Assert.Equal((created.Id, "ACTIVE"), (listed.Id, listed.State));

        var configured = await scp.Queues.UpdateQueueConfigAsync(created.Id, new QueueConfig
        {
            MessageRetentionPeriod = 30,
            MessageRetentionPeriodUnit = "minute",
            MessageSize = 256,
            DataKeyReusePeriod = 5,
            DataKeyReusePeriodUnit = "minute",
            Encryption = new QueueEncryption { Id = "key-1", Name = "orders-key" },
        }, scp.Ct);
        Assert.Equal((30, "minute", 256, 5, "minute", "orders-key"),
            (configured.MessageRetentionPeriod, configured.MessageRetentionPeriodUnit, configured.MessageSize,
             configured.DataKeyReusePeriod, configured.DataKeyReusePeriodUnit, configured.Encryption?.Name));

        Assert.Equal(created.Id, (await scp.Queues.UpdateQueueDescriptionAsync(created.Id, new QueueDescriptionRequest { Description = "v2" }, scp.Ct)).Id);
        Assert.Equal(created.Id, (await scp.Queues.SetAclAsync(created.Id, new QueueAclRequest { IpAddress = ["10.0.0.1", "10.1.0.0/16"] }, scp.Ct)).Id);
        // Adding an address twice is harmless, which is why the client may retry it.
        await scp.Queues.SetAclAsync(created.Id, new QueueAclRequest { IpAddress = ["10.0.0.1"] }, scp.Ct);
        var withAcl = await scp.Queues.ShowQueueAsync(created.Id, scp.Ct);
        Assert.Equal("v2", withAcl.Description);
        Assert.Equal(["10.0.0.1", "10.1.0.0/16"], withAcl.AllowIpAccess);

        await scp.Queues.DeleteAclAsync(created.Id, new QueueAclRequest { IpAddress = ["10.0.0.1"] }, scp.Ct);
        Assert.Equal(["10.1.0.0/16"], (await scp.Queues.ShowQueueAsync(created.Id, scp.Ct)).AllowIpAccess);

        await scp.Queues.DeleteQueueAsync(created.Id, scp.Ct);
        await ScpAssert.NotFoundAsync("ShowQueue", () => scp.Queues.ShowQueueAsync(created.Id, scp.Ct));
    }

    [Fact]
    public async Task A_new_queue_is_creating_and_refuses_changes_until_active()
    {
        await using var scp = await ScpHarness.StartAsync(new() { QueueCreateDelayMs = 60_000 });
        var created = await scp.Queues.CreateQueueAsync(Orders, null, scp.Ct);
        Assert.Equal("CREATING", created.State);
        Assert.Equal("CREATING", (await scp.Queues.ShowQueueAsync(created.Id, scp.Ct)).State);
        await ScpAssert.ConflictAsync("SetAcl", "is not ACTIVE yet",
            () => scp.Queues.SetAclAsync(created.Id, new QueueAclRequest { IpAddress = ["10.0.0.1"] }, scp.Ct));
    }

    [Fact]
    public async Task Queue_errors()
    {
        await using var scp = await ScpHarness.StartAsync();
        var id = (await scp.Queues.CreateQueueAsync(Orders, null, scp.Ct)).Id;
        var config = new QueueConfig { MessageRetentionPeriod = 1, MessageRetentionPeriodUnit = "day", MessageSize = 1 };

        await ScpAssert.ConflictAsync("CreateQueue", "a queue named 'orders-queue' already exists",
            () => scp.Queues.CreateQueueAsync(Orders, null, scp.Ct));
        await ScpAssert.InvalidAsync("CreateQueue", "message_size:",
            () => scp.Queues.CreateQueueAsync(Orders with { Name = "big-queue", MessageSize = 1024 }, null, scp.Ct));
        await ScpAssert.InvalidAsync("CreateQueue", "name:",
            () => scp.Queues.CreateQueueAsync(Orders with { Name = "Orders" }, null, scp.Ct));
        await ScpAssert.InvalidAsync("UpdateQueueConfig", "message_retention_period_unit:",
            () => scp.Queues.UpdateQueueConfigAsync(id, config with { MessageRetentionPeriodUnit = "week" }, scp.Ct));
        await ScpAssert.InvalidAsync("SetAcl", "ip_address:",
            () => scp.Queues.SetAclAsync(id, new QueueAclRequest { IpAddress = ["not-an-ip"] }, scp.Ct));
        await ScpAssert.NotFoundAsync("UpdateQueueConfig", () => scp.Queues.UpdateQueueConfigAsync("no-such-queue", config, scp.Ct));
        await ScpAssert.NotFoundAsync("UpdateQueueDescription",
            () => scp.Queues.UpdateQueueDescriptionAsync("no-such-queue", new QueueDescriptionRequest { Description = "x" }, scp.Ct));
        await ScpAssert.NotFoundAsync("SetAcl", () => scp.Queues.SetAclAsync("no-such-queue", new QueueAclRequest { IpAddress = ["10.0.0.1"] }, scp.Ct));
        await ScpAssert.NotFoundAsync("DeleteAcl", () => scp.Queues.DeleteAclAsync("no-such-queue", new QueueAclRequest { IpAddress = ["10.0.0.1"] }, scp.Ct));
        await ScpAssert.NotFoundAsync("DeleteQueue", () => scp.Queues.DeleteQueueAsync("no-such-queue", scp.Ct));
    }
}
