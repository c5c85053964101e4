namespace Pulumi.ScpGateway.ScpEmulator.Admin;

/// <summary>Per-operation request counts of the SCP API (admin endpoints are not counted).</summary>
public sealed class RequestCounters
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, OperationCount> _operations = new(StringComparer.Ordinal);

    /// <param name="status">The answered status, or 0 when the connection was reset.</param>
    public void Record(string operation, int status, bool faulted)
    {
        lock (_gate)
        {
            if (!_operations.TryGetValue(operation, out var count))
            {
                count = new OperationCount();
                _operations[operation] = count;
            }

            count.Count++;
            count.Faulted += faulted ? 1 : 0;
            var key = status == 0 ? "reset" : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            count.Statuses[key] = count.Statuses.GetValueOrDefault(key) + 1;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _operations.Clear();
        }
    }

    /// <summary>A copy for <c>GET /_emulator/requests</c>: totals and one entry per operation name.</summary>
    public object Snapshot()
    {
        lock (_gate)
        {
            var operations = _operations.ToDictionary(
                p => p.Key,
                p => new { count = p.Value.Count, faulted = p.Value.Faulted, statuses = new SortedDictionary<string, int>(p.Value.Statuses) });
            return new
            {
                total = _operations.Values.Sum(c => c.Count),
                faulted = _operations.Values.Sum(c => c.Faulted),
                operations,
            };
        }
    }

    private sealed class OperationCount
    {
        public int Count { get; set; }

        public int Faulted { get; set; }

        public Dictionary<string, int> Statuses { get; } = [];
    }
}
