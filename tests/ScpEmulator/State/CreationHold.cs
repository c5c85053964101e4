using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>
/// Body of <c>PUT /_emulator/creating</c>: new Apis and/or Queues stay in their creating state, whatever
/// the create delay, until <c>DELETE /_emulator/creating</c> finishes them, so a test can keep creates
/// in flight for as long as it needs.
/// </summary>
public sealed record CreationHold(
    [property: JsonPropertyName("apis")] bool Apis,
    [property: JsonPropertyName("queues")] bool Queues)
{
    public static readonly CreationHold None = new(false, false);
}
