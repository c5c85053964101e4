using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

public enum PropertyChangeKind
{
    Add,
    Delete,
    Update,
}

/// <summary>One changed property of a step (from the provider's detailed diff), with old and new values where known.</summary>
public sealed record PropertyChange(string Path, PropertyChangeKind Kind, bool Replaces, PropertyValue? Old, PropertyValue? New)
{
    public char Symbol => Kind switch
    {
        PropertyChangeKind.Add => '+',
        PropertyChangeKind.Delete => '-',
        _ => '~',
    };
}
