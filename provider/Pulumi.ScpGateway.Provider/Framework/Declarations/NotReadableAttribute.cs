namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>
/// An input SCP cannot return. Refresh carries it over from the old inputs, import leaves it
/// out, Check does not demand it for a resource that already exists, and Diff compares it only
/// when the old side has it (so an imported program shows no diff).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotReadableAttribute(string reason) : Attribute
{
    /// <summary>Why SCP cannot return it; appended to the property's description.</summary>
    public string Reason { get; } = reason;
}
