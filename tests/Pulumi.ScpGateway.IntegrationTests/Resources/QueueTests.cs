using System.Text.Json.Nodes;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Scp.QueueService.Models;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.IntegrationTests.Emulator;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

public sealed class QueueTests(QueueProviderFixture fixture) : IClassFixture<QueueProviderFixture>
{
    private const string Type = "Queue";

    private ProviderAgainstEmulator Provider => fixture.Provider;

    private static PropertyValue List(params string[] items) => PropertyValue.FromArray(items.Select(PropertyValue.FromString));

    private static PropertyMap Program(string name, params (string Key, PropertyValue Value)[] overrides)
    {
        var entries = new Dictionary<string, PropertyValue>
        {
            ["name"] = name,
            ["description"] = "orders to ship",
            ["messageRetentionPeriod"] = 4.0,
            ["messageRetentionPeriodUnit"] = "day",
            ["messageSize"] = 64.0,
            ["allowedIpAddresses"] = List("10.0.0.0/24", "192.168.1.7"),
            ["tags"] = PropertyValue.FromObject(new PropertyMap([new("team", "shipping")])),
        };
        foreach (var (key, value) in overrides)
        {
            entries[key] = value;
        }
        return new PropertyMap(entries.Where(entry => !entry.Value.IsNull));
    }

    private async Task<JsonObject?> FindAsync(string queueId) => (await Provider.ScpHoldsAsync()).Queue(queueId);

    private async Task<JsonObject> HeldAsync(string queueId, ProviderAgainstEmulator? provider = null) =>
        (await (provider ?? Provider).ScpHoldsAsync()).Queue(queueId) ?? throw new InvalidOperationException($"SCP holds no queue {queueId}");

    private static List<string> Changed(DiffResponse diff) => [.. diff.DetailedDiff.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public async Task A_preview_calls_no_SCP_and_leaves_computed_outputs_unknown()
    {
        var before = await Provider.RequestCountAsync("CreateQueue");

        var preview = await Provider.CreateAsync(Type, "preview-queue", Program("preview-queue", ("description", PropertyValue.Computed())), preview: true);

        Assert.Equal(before, await Provider.RequestCountAsync("CreateQueue"));
        Assert.True(preview.Outputs["queueId"].IsComputed);
        Assert.True(preview.Outputs["state"].IsComputed);
        Assert.True(preview.Outputs["description"].IsComputed);
        Assert.Equal("preview-queue", preview.Outputs.GetString("name"));
    }

    [Fact]
    public async Task Create_waits_for_ACTIVE_sets_the_ACL_and_answers_complete_outputs()
    {
        var created = await Provider.CreateAsync(Type, "create-queue", Program("create-queue"));

        Assert.Equal(created.Id, created.Outputs.GetString("queueId"));
        Assert.Equal("ACTIVE", created.Outputs.GetString("state"));
        Assert.NotEqual("FIFO", created.Outputs.GetString("type"));
        Assert.Equal((await HeldAsync(created.Id)).Text("type"), created.Outputs.GetString("type"));
        Assert.NotEqual("", created.Outputs.GetString("accountId"));
        Assert.NotEqual("", created.Outputs.GetString("createdAt"));
        Assert.Equal(List("10.0.0.0/24", "192.168.1.7"), created.Outputs["allowedIpAddresses"]);
        var queue = await HeldAsync(created.Id);
        Assert.Equal(["10.0.0.0/24", "192.168.1.7"], queue.Texts("ip_address"));
        Assert.Equal(("create-queue", "orders to ship"), (queue.Text("name"), queue.Text("description")));
        Assert.Equal((4L, "day", 64L), (queue.Number("message_retention_period"), queue.Text("message_retention_period_unit"), queue.Number("message_size")));
        Assert.Equal(["team=shipping"], queue["tags"]!.AsArray().Select(tag => $"{tag!["key"]}={tag["value"]}"));
    }

    [Fact]
    public async Task A_fifo_queue_is_created_with_an_autonamed_fifo_name()
    {
        var created = await Provider.CreateAsync(Type, "fifo-jobs", Program("x", ("name", PropertyValue.Null), ("fifo", true)));

        Assert.Matches(@"^fifo-jobs-[a-z0-9]{7}\.fifo$", created.Outputs.GetString("name"));
        Assert.Equal("FIFO", (await HeldAsync(created.Id)).Text("type"));
        Assert.Equal("FIFO", created.Outputs.GetString("type"));
    }

    [Fact]
    public async Task A_refresh_right_after_create_shows_no_diff_and_keeps_the_tags()
    {
        var program = Program("refresh-queue");
        var created = await Provider.CreateAsync(Type, "refresh-queue", program);

        var refreshed = await Provider.RefreshAsync(created);
        var diff = await Provider.DiffAsync(refreshed!, program);

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, diff.Changes);
        Assert.Equal(created.Inputs["tags"], refreshed!.Inputs["tags"]);
    }

    [Fact]
    public async Task Out_of_band_changes_show_as_exactly_those_properties()
    {
        var program = Program("drift-queue");
        var created = await Provider.CreateAsync(Type, "drift-queue", program);

        await Provider.Scp.QueueService.UpdateQueueDescriptionAsync(created.Id, new QueueDescriptionRequest { Description = "changed in the console" }, CancellationToken.None);
        var afterDescription = await Provider.RefreshAsync(created);
        Assert.Equal(["description"], Changed(await Provider.DiffAsync(afterDescription!, program)));

        await Provider.Scp.QueueService.UpdateQueueDescriptionAsync(created.Id, new QueueDescriptionRequest { Description = "orders to ship" }, CancellationToken.None);
        await Provider.Scp.QueueService.SetAclAsync(created.Id, new QueueAclRequest { IpAddress = ["172.16.0.1"] }, CancellationToken.None);
        var afterAcl = await Provider.RefreshAsync(created);
        Assert.Equal(["allowedIpAddresses"], Changed(await Provider.DiffAsync(afterAcl!, program)));
    }

    [Fact]
    public async Task Description_updates_in_place_with_one_description_call()
    {
        var created = await Provider.CreateAsync(Type, "describe-queue", Program("describe-queue"));
        var descriptions = await Provider.RequestCountAsync("UpdateQueueDescription");
        var configs = await Provider.RequestCountAsync("UpdateQueueConfig");
        var news = Program("describe-queue", ("description", "orders to pack"));

        var diff = await Provider.DiffAsync(created, news);
        var updated = await Provider.UpdateAsync(created, news);

        Assert.Equal(["description"], Changed(diff));
        Assert.Equal(PropertyDiff.Types.Kind.Update, diff.DetailedDiff["description"].Kind);
        Assert.Empty(diff.Replaces);
        Assert.Equal(descriptions + 1, await Provider.RequestCountAsync("UpdateQueueDescription"));
        Assert.Equal(configs, await Provider.RequestCountAsync("UpdateQueueConfig"));
        Assert.Equal("orders to pack", (await HeldAsync(created.Id)).Text("description"));
        Assert.Equal(created.Id, updated.Outputs.GetString("queueId"));
    }

    [Fact]
    public async Task Removing_the_description_clears_it_and_leaves_no_diff()
    {
        var created = await Provider.CreateAsync(Type, "undescribe-queue", Program("undescribe-queue"));
        var news = Program("undescribe-queue", ("description", PropertyValue.Null));

        var updated = await Provider.UpdateAsync(created, news);
        var refreshed = await Provider.RefreshAsync(updated);

        Assert.Equal("", (await HeldAsync(created.Id)).Text("description"));
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, (await Provider.DiffAsync(refreshed!, news)).Changes);
    }

    [Theory]
    [InlineData("messageRetentionPeriod", 2.0)]
    [InlineData("messageRetentionPeriodUnit", "hour")]
    [InlineData("messageSize", 128.0)]
    [InlineData("dataKeyReusePeriod", 3.0)]
    public async Task Message_settings_update_in_place_with_one_config_call(string property, object value)
    {
        var name = "config-" + property.ToLowerInvariant();
        var created = await Provider.CreateAsync(Type, name, Program(name, ("dataKeyReusePeriod", 1.0), ("dataKeyReusePeriodUnit", "hour")));
        var configs = await Provider.RequestCountAsync("UpdateQueueConfig");
        PropertyValue newValue = value is string text ? text : (double)value;
        var news = Program(name, ("dataKeyReusePeriod", 1.0), ("dataKeyReusePeriodUnit", "hour"), (property, newValue));

        var diff = await Provider.DiffAsync(created, news);
        var updated = await Provider.UpdateAsync(created, news);

        Assert.Equal([property], Changed(diff));
        Assert.Empty(diff.Replaces);
        Assert.Equal(configs + 1, await Provider.RequestCountAsync("UpdateQueueConfig"));
        Assert.Equal(newValue, updated.Outputs[property]);
        var refreshed = await Provider.RefreshAsync(updated);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, (await Provider.DiffAsync(refreshed!, news)).Changes);
    }

    [Fact]
    public async Task Encryption_updates_in_place_through_the_config_call()
    {
        var created = await Provider.CreateAsync(Type, "encrypted-queue", Program("encrypted-queue"));
        var configs = await Provider.RequestCountAsync("UpdateQueueConfig");
        var news = Program("encrypted-queue", ("encryption", PropertyValue.FromObject(new PropertyMap([new("kmsId", "kms-1"), new("kmsName", "orders-key")]))));

        await Provider.UpdateAsync(created, news);

        Assert.Equal(configs + 1, await Provider.RequestCountAsync("UpdateQueueConfig"));
        var encryption = (await HeldAsync(created.Id))["encryption"];
        Assert.Equal(("kms-1", "orders-key"), (encryption.Text("id"), encryption.Text("name")));
    }

    [Fact]
    public async Task Changing_the_ACL_adds_and_removes_only_the_difference()
    {
        var created = await Provider.CreateAsync(Type, "acl-queue", Program("acl-queue", ("allowedIpAddresses", List("10.0.0.1", "10.0.0.2"))));
        var adds = await Provider.RequestCountAsync("SetAcl");
        var removes = await Provider.RequestCountAsync("DeleteAcl");
        var news = Program("acl-queue", ("allowedIpAddresses", List("10.0.0.2", "10.0.0.3")));

        var diff = await Provider.DiffAsync(created, news);
        await Provider.UpdateAsync(created, news);

        Assert.Equal(["allowedIpAddresses"], Changed(diff));
        Assert.Equal(adds + 1, await Provider.RequestCountAsync("SetAcl"));
        Assert.Equal(removes + 1, await Provider.RequestCountAsync("DeleteAcl"));
        Assert.Equal(["10.0.0.2", "10.0.0.3"], (await HeldAsync(created.Id)).Texts("ip_address"));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("fifo")]
    [InlineData("tags")]
    public async Task Name_fifo_and_tags_changes_replace_the_queue(string property)
    {
        var name = "replace-" + property;
        var created = await Provider.CreateAsync(Type, name, Program(name));
        var news = property switch
        {
            "name" => Program(name + "-2"),
            "fifo" => Program(name + ".fifo", ("fifo", true)),
            _ => Program(name, ("tags", PropertyValue.FromObject(new PropertyMap([new("team", "billing")])))),
        };

        var diff = await Provider.DiffAsync(created, news);

        Assert.Contains(property, diff.Replaces);
        Assert.Equal(PropertyDiff.Types.Kind.UpdateReplace, diff.DetailedDiff[property].Kind);
    }

    [Fact]
    public async Task Import_by_queue_id_gives_inputs_that_pass_check_and_show_no_diff()
    {
        var created = await Provider.CreateAsync(Type, "import-source", Program("import-queue"));

        var imported = await Provider.ImportAsync(Type, "imported", created.Id);
        var program = await Provider.CheckedAsync(Type, "imported", imported!.Inputs);
        var diff = await Provider.DiffCheckedAsync(imported, program);

        Assert.Equal(created.Id, imported.Id);
        Assert.False(imported.Inputs.TryGetValue("tags", out _));
        Assert.Equal("import-queue", imported.Inputs.GetString("name"));
        Assert.Equal(List("10.0.0.0/24", "192.168.1.7"), imported.Inputs["allowedIpAddresses"]);
        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, diff.Changes);
    }

    [Fact]
    public async Task Delete_removes_the_queue_and_succeeds_when_it_is_already_gone()
    {
        var created = await Provider.CreateAsync(Type, "delete-queue", Program("delete-queue"));

        Assert.NotNull(await FindAsync(created.Id));
        await Provider.DeleteAsync(created);

        Assert.Null(await FindAsync(created.Id));
        await Provider.DeleteAsync(created);
        Assert.Null(await Provider.RefreshAsync(created));
    }

    [Fact]
    public async Task A_failed_ACL_step_reports_the_created_queue_and_the_next_update_converges()
    {
        await using var provider = await ProviderAgainstEmulator.StartAsync(extraConfig: new ProviderConfig().Set("maxRetries", 0.0));
        await provider.SetFaultsAsync(new JsonObject { ["rate_500"] = 1.0, ["operations"] = new JsonArray("SetAcl") });
        var program = Program("partial-queue");

        var error = await Assert.ThrowsAsync<RpcException>(() => provider.CreateAsync(Type, "partial-queue", program));

        var detail = Assert.Single(error.StatusDetails()!.Details).Unpack<ErrorResourceInitFailed>();
        var queue = await HeldAsync(detail.Id, provider);
        Assert.Equal("partial-queue", queue.Text("name"));
        Assert.Equal([], queue.Texts("ip_address"));
        Assert.Equal(detail.Id, StructConverter.ToPropertyMap(detail.Properties).GetString("queueId"));
        Assert.NotEmpty(detail.Reasons);

        await provider.SetFaultsAsync(new { });
        var kept = new StateEntry(Type, "partial-queue", detail.Id, StructConverter.ToPropertyMap(detail.Inputs), StructConverter.ToPropertyMap(detail.Properties));
        await provider.UpdateAsync(kept, program);

        Assert.Equal(["10.0.0.0/24", "192.168.1.7"], (await HeldAsync(detail.Id, provider)).Texts("ip_address"));
    }

    [Fact]
    public async Task Create_polls_until_the_queue_is_ACTIVE_and_tells_the_user_it_waits()
    {
        using var deadline = new CancellationTokenSource(EmulatorGate.HangGuard * 2);
        var ct = deadline.Token;
        await using var provider = await ProviderAgainstEmulator.StartAsync();
        using var gate = new EmulatorGate(provider.Emulator.Endpoint);
        // The queue stays CREATING until the test finishes it, after the create has polled it once.
        await gate.HoldCreatingAsync(apis: false, queues: true, ct);
        await gate.CloseAsync(["ShowQueue"], ct);

        var create = provider.CreateAsync(Type, "slow-queue", Program("slow-queue"));
        await gate.WaitForHeldAsync(1, ct);
        await gate.ReleaseAsync(ct);
        await gate.WaitForHeldAsync(1, ct);
        Assert.Equal(1, await gate.FinishCreatingAsync(ct));
        await gate.OpenAsync(ct);
        var created = await create.WaitAsync(ct);

        Assert.Equal("ACTIVE", created.Outputs.GetString("state"));
        Assert.True(await provider.RequestCountAsync("ShowQueue") >= 2);
        Assert.Contains(provider.Session.Engine.Logs, log => log.Urn == created.Urn && log.Message.Contains("waiting for queue slow-queue to become ACTIVE", StringComparison.Ordinal));
        Assert.Equal(1, await provider.RequestCountAsync("SetAcl"));
    }

    [Fact]
    public async Task A_queue_that_never_becomes_ACTIVE_in_time_is_reported_with_its_id()
    {
        await using var provider = await ProviderAgainstEmulator.StartAsync(new ScpEmulator.EmulatorOptions { QueueCreateDelayMs = 600_000 });

        var error = await Assert.ThrowsAsync<RpcException>(() => provider.CreateAsync(Type, "stuck-queue", Program("stuck-queue"), timeoutSeconds: 1));

        var detail = Assert.Single(error.StatusDetails()!.Details).Unpack<ErrorResourceInitFailed>();
        Assert.Equal("stuck-queue", (await HeldAsync(detail.Id, provider)).Text("name"));
        Assert.Contains("did not become ACTIVE", Assert.Single(detail.Reasons), StringComparison.Ordinal);
        Assert.False(StructConverter.ToPropertyMap(detail.Properties).TryGetValue("allowedIpAddresses", out var acl) && !acl.IsNull);
        Assert.Equal(0, await provider.RequestCountAsync("SetAcl"));
    }
}
