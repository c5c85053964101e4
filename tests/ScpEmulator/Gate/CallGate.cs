using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.ScpEmulator.Gate;

/// <summary>
/// Lets a test make the "middle" of a run happen instead of hoping for it: while closed, SCP calls that
/// match its rule wait inside the emulator until the test releases them, and a test can wait until a
/// given number of calls are held. A held call whose client goes away stops being held.
/// </summary>
public sealed class CallGate
{
    private readonly Lock _gate = new();
    private readonly List<HeldCall> _held = [];
    private GateRule? _rule;
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>Holds the calls <paramref name="rule"/> matches from now on (replacing any earlier rule); held calls stay held.</summary>
    public GateView Close(GateRule rule)
    {
        lock (_gate)
        {
            _rule = rule;
            return ViewLocked();
        }
    }

    /// <summary>Opens the gate and lets every held call go on.</summary>
    public int Open()
    {
        lock (_gate)
        {
            _rule = null;
        }

        return Release();
    }

    /// <summary>Lets the calls held right now go on; the gate stays as it is, so matching calls that come later are held.</summary>
    public int Release()
    {
        HeldCall[] released;
        lock (_gate)
        {
            released = [.. _held];
            _held.Clear();
            NotifyLocked();
        }

        foreach (var call in released)
        {
            call.Released.TrySetResult();
        }

        return released.Length;
    }

    public GateView View()
    {
        lock (_gate)
        {
            return ViewLocked();
        }
    }

    /// <summary>True when a call of this operation and method might be held (its object's name is not needed yet).</summary>
    public bool MightHold(string operation, string method)
    {
        lock (_gate)
        {
            return _rule is { } rule && rule.Matches(operation, method);
        }
    }

    /// <summary>Returns at once when the gate lets this call through, else when the test releases it or its client goes away.</summary>
    public async Task PassAsync(string operation, string method, string path, string? objectName, CancellationToken aborted)
    {
        var call = new HeldCall(operation, method, path, objectName);
        lock (_gate)
        {
            if (_rule is not { } rule || !rule.Matches(operation, method) || !rule.MatchesName(objectName))
            {
                return;
            }

            _held.Add(call);
            NotifyLocked();
        }

        try
        {
            await call.Released.Task.WaitAsync(aborted);
        }
        finally
        {
            lock (_gate)
            {
                if (_held.Remove(call))
                {
                    NotifyLocked();
                }
            }
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> calls are held at the same time.</summary>
    public async Task<GateView> WaitForHeldAsync(int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_held.Count >= count)
                {
                    return ViewLocked();
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void NotifyLocked()
    {
        _changed.TrySetResult();
        _changed = NewSignal();
    }

    private GateView ViewLocked() => new(_rule is not null, _rule, [.. _held]);
}

/// <summary>What <c>GET /_emulator/gate</c> answers: whether it is closed, its rule, and the calls it holds.</summary>
public sealed record GateView(
    [property: JsonPropertyName("closed")] bool Closed,
    [property: JsonPropertyName("rule")] GateRule? Rule,
    [property: JsonPropertyName("held_calls")] IReadOnlyList<HeldCall> HeldCalls)
{
    [JsonPropertyName("held")]
    public int Held => HeldCalls.Count;
}
