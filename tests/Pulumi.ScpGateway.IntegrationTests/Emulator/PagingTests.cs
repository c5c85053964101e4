using System.Net;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>Lists page with size/page/sort, filter by name, and report the total in count.</summary>
public sealed class PagingTests : IAsyncLifetime
{
    private RunningEmulator _emulator = null!;

    private SigningClient Client => _emulator.Client;

    public async Task InitializeAsync()
    {
        _emulator = await RunningEmulator.StartAsync();
        for (var i = 0; i < 25; i++)
        {
            await World.Expect(Client.PostAsync("/v1/apis", new { name = $"api-{i:00}" }), HttpStatusCode.Accepted);
        }
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task The_default_page_has_20_items_and_count_is_the_total()
    {
        var reply = await Client.GetAsync("/v1/apis");

        Assert.Equal(25, reply.Body.GetProperty("count").GetInt32());
        Assert.Equal(20, reply.Body.GetProperty("apis").GetArrayLength());
    }

    [Fact]
    public async Task Reading_every_page_sees_every_item_once()
    {
        var names = new List<string>();
        for (var page = 0; ; page++)
        {
            var items = (await Client.GetAsync($"/v1/apis?size=7&page={page}")).Body.GetProperty("apis").EnumerateArray().ToList();
            if (items.Count == 0)
            {
                break;
            }

            names.AddRange(items.Select(a => a.GetProperty("name").GetString()!));
        }

        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"api-{i:00}").Order(), names.Order());
    }

    [Fact]
    public async Task The_default_order_is_newest_first_and_sort_changes_it()
    {
        var newest = await Client.GetAsync("/v1/apis?size=1");
        var byName = await Client.GetAsync("/v1/apis?size=3&sort=name:asc");
        var oldest = await Client.GetAsync("/v1/apis?size=1&sort=created_at:asc");

        Assert.Equal("api-24", newest.Body.GetProperty("apis")[0].GetProperty("name").GetString());
        Assert.Equal(["api-00", "api-01", "api-02"], byName.Body.GetProperty("apis").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("api-00", oldest.Body.GetProperty("apis")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_name_filter_narrows_items_and_count()
    {
        var reply = await Client.GetAsync("/v1/apis?name=api-1");

        Assert.Equal(10, reply.Body.GetProperty("count").GetInt32());
        Assert.All(reply.Body.GetProperty("apis").EnumerateArray(), a => Assert.StartsWith("api-1", a.GetProperty("name").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_with_the_total()
    {
        var reply = await Client.GetAsync("/v1/apis?size=20&page=5");

        Assert.Equal(0, reply.Body.GetProperty("apis").GetArrayLength());
        Assert.Equal(25, reply.Body.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Queue_lists_echo_page_size_and_sort()
    {
        for (var i = 0; i < 3; i++)
        {
            await World.Expect(Client.PostAsync("/v1/queues", new { name = $"queue-{i}", message_retention_period = 1, message_retention_period_unit = "day", message_size = 1 }), HttpStatusCode.Created);
        }

        var reply = await Client.GetAsync("/v1/queues?size=2&page=1&sort=name:asc");

        Assert.Equal(3, reply.Body.GetProperty("count").GetInt32());
        Assert.Equal(1, reply.Body.GetProperty("page").GetInt32());
        Assert.Equal(2, reply.Body.GetProperty("size").GetInt32());
        Assert.Equal("name:asc", reply.Body.GetProperty("sort")[0].GetString());
        Assert.Equal("queue-2", Assert.Single(reply.Body.GetProperty("queues").EnumerateArray()).GetProperty("name").GetString());
    }
}
