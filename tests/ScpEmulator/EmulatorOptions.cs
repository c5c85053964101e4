namespace Pulumi.ScpGateway.ScpEmulator;

/// <summary>How an emulator instance starts: listen port, credentials, timing and faults.</summary>
public sealed record EmulatorOptions
{
    public const string DefaultAccessKey = "EMULATOR-ACCESS-KEY";
    public const string DefaultSecretKey = "EMULATOR-SECRET-KEY";

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    public string AccessKey { get; init; } = DefaultAccessKey;

    public string SecretKey { get; init; } = DefaultSecretKey;

    /// <summary>The account every object belongs to (the emulator has one account).</summary>
    public string AccountId { get; init; } = "e0a1b2c3d4e5f60718293a4b5c6d7e8f";

    /// <summary>How long a new Api stays in its creating state before it reads Active.</summary>
    public int ApiCreateDelayMs { get; init; } = 300;

    /// <summary>How long a new Queue stays CREATING before it reads ACTIVE.</summary>
    public int QueueCreateDelayMs { get; init; } = 300;

    /// <summary>Emit the seed's spellings (comma-joined lists, Python-like dict strings) on reads.</summary>
    public bool SeedQuirks { get; init; } = true;

    public Faults.FaultSettings Faults { get; init; } = new();
}
