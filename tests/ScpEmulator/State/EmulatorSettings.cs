namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>Behaviour that can change while the emulator runs (PUT /_emulator/settings).</summary>
public sealed record EmulatorSettings(int ApiCreateDelayMs, int QueueCreateDelayMs, bool SeedQuirks);
