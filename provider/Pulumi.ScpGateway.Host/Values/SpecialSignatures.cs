using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// The key and signatures that mark special objects (secrets, assets, references, outputs)
/// inside a Struct (PROTOCOL.md §4).
/// </summary>
internal static class SpecialSignatures
{
    public const string Key = "4dabf18193072939515e22adb298388d";
    public const string Secret = "1b47061264138c4ac30d75fd1eb44270";
    public const string Asset = "c44067f5952c0a294b673a41bacd8c17";
    public const string Archive = "0def7320c3a5731c473e5ecbe6d01bc7";
    public const string ResourceReference = "5cf8f73096256a8f31e491e813e4eb8e";
    public const string Output = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
}
