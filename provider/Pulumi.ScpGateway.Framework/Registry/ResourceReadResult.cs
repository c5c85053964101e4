using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>Read's answer: outputs and inputs as the cloud now has them, or <see cref="Gone"/>.</summary>
public sealed record ResourceReadResult(string Id, PropertyMap Properties, PropertyMap Inputs)
{
    /// <summary>The resource no longer exists: an empty id and no properties.</summary>
    public static readonly ResourceReadResult Gone = new("", PropertyMap.Empty, PropertyMap.Empty);

    public bool IsGone => Id.Length == 0;
}
