namespace Pulumi.ScpGateway.Framework;

/// <summary>A parsed resource id: its parts by placeholder name.</summary>
public sealed class ImportId(string id, IReadOnlyDictionary<string, string> parts)
{
    public string Id { get; } = id;

    public IReadOnlyDictionary<string, string> Parts { get; } = parts;

    public string this[string part] => Parts.TryGetValue(part, out var value)
        ? value
        : throw new KeyNotFoundException($"The id '{Id}' has no part '{part}'.");

    public override string ToString() => Id;
}
