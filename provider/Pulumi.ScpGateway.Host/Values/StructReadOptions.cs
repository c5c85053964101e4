namespace Pulumi.ScpGateway.Host;

/// <summary>How <see cref="StructConverter"/> reads engine values.</summary>
public sealed record StructReadOptions
{
    /// <summary>Check and preview: secrets and unknowns both kept.</summary>
    public static readonly StructReadOptions KeepAll = new();

    /// <summary>Read and Delete never carry unknowns; secrets are still kept so they go back out secret.</summary>
    public static readonly StructReadOptions NoUnknowns = new() { KeepUnknowns = false };

    /// <summary>Keep secret wrappers; when false the wrapped values appear bare.</summary>
    public bool KeepSecrets { get; init; } = true;

    /// <summary>Keep unknown values; when false a property or element that is unknown is left out.</summary>
    public bool KeepUnknowns { get; init; } = true;

    /// <summary>
    /// Keep resource references and output values as such; when false (the default) they are
    /// unwrapped to what this provider needs (see <see cref="StructConverter"/>).
    /// </summary>
    public bool KeepReferencesAndOutputs { get; init; }
}
