using System.Net;
using System.Text.Json;
using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Tests.Scp;

public class PagingTests
{
    private static string ApisPage(int count, params string[] ids) =>
        JsonSerializer.Serialize(new { apis = ids.Select(id => new { id, name = id, status = "Active" }), count });

    [Fact]
    public async Task All_pages_are_read_until_count_items_were_seen()
    {
        var handler = new ScriptedHandler();
        var pages = new Dictionary<string, string>
        {
            ["0"] = ApisPage(5, "a", "b"),
            ["1"] = ApisPage(5, "c", "d"),
            ["2"] = ApisPage(5, "e"),
        };
        handler.Then((request, _) =>
        {
            var page = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["page"]!;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(pages[page]) });
        });
        using var test = new ScpTestClients(handler);

        var all = await ScpPaging.ReadAllAsync(
            (page, size, ct) => test.Clients.ApiGateway.ListApisAsync(new NamedListQuery { Page = page, Size = size, Name = "x" }, ct),
            r => r.Apis, r => r.Count, CancellationToken.None, pageSize: 2);

        Assert.Equal(["a", "b", "c", "d", "e"], all.Select(a => a.Id));
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("?name=x&page=1&size=2", handler.Requests[1].Uri.Query);
    }

    [Fact]
    public async Task A_short_page_ends_the_list_even_if_count_says_more()
    {
        using var test = new ScpTestClients(new ScriptedHandler()
            .ThenAnswer(HttpStatusCode.OK, ApisPage(50, "a", "b"))
            .ThenAnswer(HttpStatusCode.OK, ApisPage(50, "c")));

        var all = await test.Clients.ApiGateway.ListAllApisAsync(null, CancellationToken.None);

        Assert.Equal(["a", "b"], all.Select(a => a.Id));
        Assert.Single(test.Handler.Requests);
    }

    [Fact]
    public async Task Whole_list_reads_use_the_service_paging_and_stop_at_count()
    {
        var handler = new ScriptedHandler();
        var served = 0;
        handler.Then((_, _) =>
        {
            var ids = Enumerable.Range(served, 100).Select(i => $"q{i}");
            served += 100;
            var json = JsonSerializer.Serialize(new { queues = ids.Select(id => new { id, name = id, state = "ACTIVE" }), count = 200, page = 0, size = 100 });
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json) });
        });
        using var test = new ScpTestClients(handler);

        var all = await test.Clients.QueueService.ListAllQueuesAsync("q", CancellationToken.None);

        Assert.Equal(200, all.Count);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal("q199", all[^1].Id);
    }
}
