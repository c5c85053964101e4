namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Which top-level inputs are not known yet (preview). A cross-property rule must skip any
/// input named here: its C# value is only the record's initial value.
/// </summary>
public sealed class UnknownInputs(IEnumerable<string> names)
{
    public static readonly UnknownInputs None = new([]);

    private readonly HashSet<string> _names = new(names, StringComparer.Ordinal);

    public bool Contains(string name) => _names.Contains(name);

    /// <summary>True when every named input is known.</summary>
    public bool AllKnown(params string[] names) => !names.Any(Contains);
}
