using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// The program's <c>ignoreChanges</c>: whole properties (<c>tags</c>) or one key inside a map
/// or nested object (<c>tags.env</c>, <c>tags["a.b"]</c>), whose old value is kept for the comparison.
/// </summary>
internal sealed class IgnoredChanges
{
    private readonly HashSet<string> _whole = new(StringComparer.Ordinal);
    private readonly List<(string Property, string Key)> _keys = [];

    public static IgnoredChanges Parse(IEnumerable<string> paths)
    {
        var ignored = new IgnoredChanges();
        foreach (var path in paths)
        {
            var end = path.IndexOfAny(['.', '[']);
            if (end < 0)
            {
                ignored._whole.Add(path);
                continue;
            }
            var rest = path[end..];
            var key = rest.StartsWith('.') ? rest[1..]
                : rest.StartsWith("[\"", StringComparison.Ordinal) && rest.EndsWith("\"]", StringComparison.Ordinal) ? rest[2..^2]
                : null;
            if (key is null)
            {
                // A list index or a deeper path: ignoring the whole property errs on the side of no change.
                ignored._whole.Add(path[..end]);
            }
            else
            {
                ignored._keys.Add((path[..end], key));
            }
        }
        return ignored;
    }

    public bool IgnoresWhole(string property) => _whole.Contains(property);

    /// <summary>The new inputs with each ignored key set back to its old value.</summary>
    public PropertyMap Apply(PropertyMap olds, PropertyMap news)
    {
        foreach (var (property, key) in _keys)
        {
            var oldObject = Object(olds.GetValueOrDefault(property));
            var newObject = Object(news.GetValueOrDefault(property)) ?? PropertyMap.Empty;
            var kept = oldObject is not null && oldObject.TryGetValue(key, out var oldValue)
                ? newObject.With(key, oldValue)
                : newObject.Without(key);
            news = news.With(property, PropertyValue.FromObject(kept));
        }
        return news;
    }

    private static PropertyMap? Object(PropertyValue? value) =>
        value is not null && ObjectReader.Resolved(value) is { Kind: PropertyValueKind.Object } resolved ? resolved.AsObject : null;
}
