using System.Text.Json.Serialization;
using Pulumi.ScpGateway.ScpEmulator.State;

namespace Pulumi.ScpGateway.ScpEmulator.Admin;

/// <summary>Body of <c>PUT /_emulator/settings</c>; fields left out keep their current value.</summary>
public sealed record SettingsUpdate(
    [property: JsonPropertyName("api_create_delay_ms")] int? ApiCreateDelayMs,
    [property: JsonPropertyName("queue_create_delay_ms")] int? QueueCreateDelayMs,
    [property: JsonPropertyName("seed_quirks")] bool? SeedQuirks)
{
    public EmulatorSettings ApplyTo(EmulatorSettings current) => new(
        ApiCreateDelayMs ?? current.ApiCreateDelayMs,
        QueueCreateDelayMs ?? current.QueueCreateDelayMs,
        SeedQuirks ?? current.SeedQuirks);

    public static object View(EmulatorSettings s) => new
    {
        api_create_delay_ms = s.ApiCreateDelayMs,
        queue_create_delay_ms = s.QueueCreateDelayMs,
        seed_quirks = s.SeedQuirks,
    };
}
