using System.Globalization;
using Pulumi.ScpGateway.ScpEmulator.Faults;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Http;

/// <summary>One SCP API request as a handler sees it: route values, query, parsed body and the state.</summary>
public sealed class Call(HttpContext http, RequestBody body, EmulatorState state, string operation)
{
    private readonly FaultInjector _faults = http.RequestServices.GetRequiredService<FaultInjector>();

    public HttpContext Http { get; } = http;

    public RequestBody Body { get; } = body;

    public EmulatorState State { get; } = state;

    public string Operation { get; } = operation;

    public DateTimeOffset Now => State.Clock.GetUtcNow();

    public bool SeedQuirks => State.Settings.SeedQuirks;

    public string Route(string name) => Http.GetRouteValue(name) as string ?? string.Empty;

    public string? Query(string name)
    {
        var values = Http.Request.Query[name];
        return values.Count == 0 ? null : values[0];
    }

    /// <summary>The object with this id, or a 404; reads also miss objects still inside the not-found window.</summary>
    public T Find<T>(IReadOnlyDictionary<string, T> items, string id, string what)
        where T : StoredObject
    {
        if (!items.TryGetValue(id, out var item))
        {
            throw ScpException.NotFound(what, id);
        }

        if (_faults.HidesFromRead(item, Operation, Http.Request.Method))
        {
            ScpPipeline.MarkFaulted(Http);
            throw ScpException.NotFound(what, id);
        }

        return item;
    }

    /// <summary>The Api named by the <c>api_id</c> route value.</summary>
    public ApiRecord Api() => Find(State.Apis, Route("api_id"), "api");

    /// <summary>Drops objects that reads should not see yet.</summary>
    public IEnumerable<T> Visible<T>(IEnumerable<T> items)
        where T : StoredObject =>
        items.Where(i => !_faults.HidesFromRead(i, Operation, Http.Request.Method));

    /// <summary>Visible objects whose name contains the <c>name</c> query filter (all when there is none).</summary>
    public IEnumerable<T> VisibleNamed<T>(IEnumerable<T> items)
        where T : StoredObject
    {
        var filter = Query("name");
        return Visible(items).Where(i => string.IsNullOrEmpty(filter) || i.Name.Contains(filter, StringComparison.Ordinal));
    }

    /// <summary>A string list as the seed shows it: all values comma-joined in one element.</summary>
    public IReadOnlyList<string> WireList(IReadOnlyList<string> values) =>
        SeedQuirks && values.Count > 1 ? [string.Join(",", values)] : values;

    public static string Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
