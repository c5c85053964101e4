using System.Security.Cryptography;
using Pulumi.ScpGateway.ScpEmulator.Http;

namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>
/// Everything the emulated account holds. One lock (<see cref="Gate"/>) guards it all: handlers take it
/// for the whole operation, which keeps name checks and inserts atomic.
/// </summary>
public sealed class EmulatorState(EmulatorOptions options, TimeProvider clock)
{
    public const string ApiCreating = "Creating";
    public const string ApiActive = "Active";
    public const string QueueCreating = "CREATING";
    public const string QueueActive = "ACTIVE";

    private long _sequence;

    public object Gate { get; } = new();

    public TimeProvider Clock { get; } = clock;

    public string AccountId { get; } = options.AccountId;

    /// <summary>The user every object is created and modified by.</summary>
    public string UserId { get; } = "u0a1b2c3d4e5f60718293a4b5c6d7e8f";

    public string UserName { get; } = "emulator-user";

    public EmulatorSettings Settings { get; set; } =
        new(options.ApiCreateDelayMs, options.QueueCreateDelayMs, options.SeedQuirks);

    public Dictionary<string, ApiRecord> Apis { get; } = [];

    public Dictionary<string, PrivateLinkEndpointRecord> PrivateLinkEndpoints { get; } = [];

    public Dictionary<string, QueueRecord> Queues { get; } = [];

    /// <summary>What new Apis and Queues stay creating for until released (<c>/_emulator/creating</c>).</summary>
    public CreationHold CreationHold { get; set; } = CreationHold.None;

    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>A random URL-safe secret (API key values, access tokens).</summary>
    public static string NewSecret(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Gives a new object its id, creation time and creation order.</summary>
    public T Stamp<T>(T record)
        where T : StoredObject
    {
        if (record.Id.Length == 0)
        {
            record.Id = NewId();
        }

        record.CreatedAt = Clock.GetUtcNow();
        record.Sequence = ++_sequence;
        return record;
    }

    public string ApiStatus(ApiRecord api) => !api.HeldCreating && Clock.GetUtcNow() >= api.ActiveAt ? ApiActive : ApiCreating;

    public string QueueState(QueueRecord queue) => !queue.HeldCreating && Clock.GetUtcNow() >= queue.ActiveAt ? QueueActive : QueueCreating;

    /// <summary>Stops holding new objects in creation and finishes the creation of every held one now.</summary>
    /// <returns>How many Apis and Queues were held.</returns>
    public (int Apis, int Queues) ReleaseCreating()
    {
        CreationHold = CreationHold.None;
        var now = Clock.GetUtcNow();
        var apis = Finish(Apis.Values.Where(api => api.HeldCreating), api => { api.HeldCreating = false; api.ActiveAt = now; });
        var queues = Finish(Queues.Values.Where(queue => queue.HeldCreating), queue => { queue.HeldCreating = false; queue.ActiveAt = now; });
        return (apis, queues);
    }

    private static int Finish<T>(IEnumerable<T> held, Action<T> finish)
    {
        var list = held.ToList();
        list.ForEach(finish);
        return list.Count;
    }

    /// <summary>Changes to an Api's contents are refused until it is Active, as a real gateway would.</summary>
    public void RequireActive(ApiRecord api)
    {
        if (ApiStatus(api) != ApiActive)
        {
            throw ScpException.Conflict($"api '{api.Id}' is not Active yet (status {ApiCreating}); wait until Show Api reports Active");
        }
    }

    public void RequireActive(QueueRecord queue)
    {
        if (QueueState(queue) != QueueActive)
        {
            throw ScpException.Conflict($"queue '{queue.Id}' is not ACTIVE yet (state {QueueCreating}); wait until Show Queue reports ACTIVE");
        }
    }

    public void Reset()
    {
        Apis.Clear();
        PrivateLinkEndpoints.Clear();
        Queues.Clear();
        CreationHold = CreationHold.None;
        _sequence = 0;
    }
}
