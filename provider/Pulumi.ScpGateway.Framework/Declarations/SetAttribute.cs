namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A string list whose order does not matter: Check and outputs sort it and drop duplicates,
/// so reordering it in a program is no change.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SetAttribute : Attribute;
