namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A suffix a proposed name gets when a boolean input is true (a FIFO queue's <c>.fifo</c>).
/// While that input is unknown the proposed name is unknown too.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AutonameSuffixAttribute(string suffix, string whenTrue) : Attribute
{
    public string Suffix { get; } = suffix;

    /// <summary>Wire name of the boolean input that asks for the suffix.</summary>
    public string WhenTrue { get; } = whenTrue;
}
