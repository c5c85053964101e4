using Pulumi.ScpGateway.ScpEmulator.State;

namespace Pulumi.ScpGateway.ScpEmulator.Faults;

/// <summary>
/// Decides which requests fail. Every request that the filters select draws the same number of values
/// from the seeded Random, whatever the rates, so a given seed and request sequence always fails alike.
/// </summary>
public sealed class FaultInjector(FaultSettings initial, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private FaultSettings _settings = initial;
    private Random _random = new(initial.Seed);

    public FaultSettings Settings
    {
        get
        {
            lock (_gate)
            {
                return _settings;
            }
        }
    }

    public void Update(FaultSettings settings)
    {
        lock (_gate)
        {
            _settings = settings;
            _random = new Random(settings.Seed);
        }
    }

    /// <summary>Starts the random sequence again from the seed (part of a reset).</summary>
    public void Reseed()
    {
        lock (_gate)
        {
            _random = new Random(_settings.Seed);
        }
    }

    public FaultKind Draw(string operation, string method)
    {
        lock (_gate)
        {
            var s = _settings;
            if (!Selects(s, operation, method))
            {
                return FaultKind.None;
            }

            // One draw per switch, always all of them: the sequence does not depend on which rates are set.
            Span<double> draws = [_random.NextDouble(), _random.NextDouble(), _random.NextDouble(),
                _random.NextDouble(), _random.NextDouble(), _random.NextDouble()];
            return draws[0] < s.RateReset ? FaultKind.ConnectionReset
                : draws[1] < s.Rate429 ? FaultKind.TooManyRequests
                : draws[2] < s.Rate500 ? FaultKind.InternalError
                : draws[3] < s.Rate503 ? FaultKind.Unavailable
                : draws[4] < s.Rate409 ? FaultKind.ConcurrentModification
                : draws[5] < s.Rate504AfterProcessing ? FaultKind.TimeoutAfterProcessing
                : FaultKind.None;
        }
    }

    /// <summary>True when a read should not see this object yet (eventual consistency after create).</summary>
    public bool HidesFromRead(StoredObject record, string operation, string method)
    {
        var s = Settings;
        return s.NotFoundAfterCreateMs > 0
               && HttpMethods.IsGet(method)
               && Selects(s, operation, method)
               && clock.GetUtcNow() - record.CreatedAt < TimeSpan.FromMilliseconds(s.NotFoundAfterCreateMs);
    }

    private static bool Selects(FaultSettings s, string operation, string method) =>
        (s.Operations.Count == 0 || s.Operations.Contains(operation, StringComparer.OrdinalIgnoreCase))
        && (s.Methods.Count == 0 || s.Methods.Contains(method, StringComparer.OrdinalIgnoreCase));
}
