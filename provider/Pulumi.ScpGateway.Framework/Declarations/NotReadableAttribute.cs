namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// An input the cloud API cannot return. Refresh carries it over from the old inputs, import leaves it
/// out (so a program written from the imported inputs shows no diff), and Check does not demand
/// it for a resource that already exists.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotReadableAttribute(string reason) : Attribute
{
    /// <summary>Why the cloud API cannot return it; appended to the property's description.</summary>
    public string Reason { get; } = reason;
}
