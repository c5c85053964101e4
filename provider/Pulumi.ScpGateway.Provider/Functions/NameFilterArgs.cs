using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Provider.Functions;

/// <summary>Arguments of the list functions that filter by name only.</summary>
public record NameFilterArgs
{
    [Input("name", "Only objects whose name contains this text (case-sensitive); all of them when omitted.")]
    public string? Name { get; init; }

    /// <summary>SCP may match the filter loosely; the answer keeps only names that contain it.</summary>
    public bool Matches(string name) => Name is null || name.Contains(Name, StringComparison.Ordinal);
}
