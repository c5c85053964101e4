using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

public sealed class ReportsTests
{
    [Fact]
    public async Task A_report_has_one_row_per_day_and_the_apis_methods_as_top_resources()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        var root = await scp.RootResourceIdAsync(apiId);
        var orders = await scp.Api.CreateResourceAsync(apiId, root, new ResourceCreateRequest { PathPart = "orders" }, null, scp.Ct);
        await scp.Api.CreateMethodAsync(apiId, orders.Id,
            new MethodCreateRequest { MethodType = "GET", IntegrationType = "HTTP", EndpointUrl = "https://b.example.com/" }, null, scp.Ct);
        await scp.NewStageAsync(apiId, "dev");

        // Counts arrive as strings ("0"); the client reads them as numbers.
        var report = await scp.Api.ListReportsAsync(apiId, new ReportQuery("dev", "2026-01-30", "2026-02-02"), scp.Ct);
        Assert.Equal(4, report.Count);
        Assert.Equal(["2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02"], report.Reports.Select(r => r.Date));
        Assert.All(report.Reports, r => Assert.Equal((0L, 0L, 0L), (r.CallCount, r.Error4xxCount, r.Error5xxCount ?? -1)));
        var top = Assert.Single(report.TopResources);
        Assert.Equal(("/orders", "GET", 0L), (top.Path, top.Type, top.CallCount));
    }

    [Fact]
    public async Task Report_errors()
    {
        await using var scp = await ScpHarness.StartAsync();
        var apiId = await scp.NewApiAsync();
        await scp.NewStageAsync(apiId, "dev");

        await ScpAssert.InvalidAsync("ListReports", "end_date: must be on or after start_date",
            () => scp.Api.ListReportsAsync(apiId, new ReportQuery("dev", "2026-02-02", "2026-01-01"), scp.Ct));
        await ScpAssert.InvalidAsync("ListReports", "start_date: '02/01/2026' is not a date",
            () => scp.Api.ListReportsAsync(apiId, new ReportQuery("dev", "02/01/2026", "2026-02-02"), scp.Ct));
        await ScpAssert.NotFoundAsync("ListReports",
            () => scp.Api.ListReportsAsync(apiId, new ReportQuery("prod", "2026-02-01", "2026-02-02"), scp.Ct));
        await ScpAssert.NotFoundAsync("ListReports",
            () => scp.Api.ListReportsAsync("no-such-api", new ReportQuery("dev", "2026-02-01", "2026-02-02"), scp.Ct));
    }
}
