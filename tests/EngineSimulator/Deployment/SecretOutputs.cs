using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>The engine's rule that secrecy is never lost: an output is secret when its input or its previous value was.</summary>
public static class SecretOutputs
{
    public static PropertyMap Keep(PropertyMap outputs, PropertyMap secretSource) =>
        outputs.WrapSecrets(outputs.Keys.Where(key => secretSource.TryGetValue(key, out var source) && source.ContainsSecrets()));
}
