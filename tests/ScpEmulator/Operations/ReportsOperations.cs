using System.Globalization;
using Pulumi.ScpGateway.ScpEmulator.Http;

namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>
/// Daily call reports of a stage. The emulator forwards no traffic, so every count is zero; the shape
/// (numbers as strings, as the seed shows them) is what clients need to parse.
/// </summary>
public static class ReportsOperations
{
    private const int MaxDays = 366;

    public static void Map(IEndpointRouteBuilder app) =>
        app.Map("GET", "/v1/apis/{api_id}/reports", "ListReports", List);

    private static Reply List(Call call)
    {
        var api = call.Api();
        var errors = new List<string>();
        var stageName = call.Query("stage_name");
        if (string.IsNullOrEmpty(stageName))
        {
            errors.Add("stage_name: is required");
        }

        var start = Date(call, "start_date", errors);
        var end = Date(call, "end_date", errors);
        if (start is { } s && end is { } e && (e < s || e.DayNumber - s.DayNumber >= MaxDays))
        {
            errors.Add($"end_date: must be on or after start_date and at most {MaxDays} days after it");
        }

        if (errors.Count > 0)
        {
            throw new ScpException(400, errors);
        }

        // The stage must exist even though the emulator has no traffic to report for it.
        StagesOperations.FindByName(api, stageName!, "stage_name");
        var days = Enumerable.Range(0, end!.Value.DayNumber - start!.Value.DayNumber + 1).Select(start.Value.AddDays).ToList();
        return Reply.Ok(new
        {
            count = days.Count,
            reports = days.Select(d => new
            {
                call_count = "0",
                date = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                error_4xx_count = "0",
                error_5xx_count = "0",
                integration_latency = "0",
                latency = "0",
            }).ToArray(),
            top_resources = api.Resources.Values
                .SelectMany(r => r.Methods.Values.Select(m => new { call_count = "0", name = r.PathPart, path = r.Path, type = m.MethodType }))
                .ToArray(),
        });
    }

    private static DateOnly? Date(Call call, string name, List<string> errors)
    {
        var text = call.Query(name);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(string.IsNullOrEmpty(text) ? $"{name}: is required" : $"{name}: '{text}' is not a date like 2025-07-01");
        return null;
    }
}
