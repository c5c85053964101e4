using System.Globalization;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>Turns a DiffResponse into the per-property changes shown to the user.</summary>
public static class DiffReader
{
    public static IReadOnlyList<PropertyChange> Changes(DiffResponse diff, PropertyMap olds, PropertyMap news)
    {
        if (diff.HasDetailedDiff)
        {
            return diff.DetailedDiff.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => new PropertyChange(
                entry.Key,
                entry.Value.Kind switch
                {
                    PropertyDiff.Types.Kind.Add or PropertyDiff.Types.Kind.AddReplace => PropertyChangeKind.Add,
                    PropertyDiff.Types.Kind.Delete or PropertyDiff.Types.Kind.DeleteReplace => PropertyChangeKind.Delete,
                    _ => PropertyChangeKind.Update,
                },
                entry.Value.Kind is PropertyDiff.Types.Kind.AddReplace or PropertyDiff.Types.Kind.DeleteReplace or PropertyDiff.Types.Kind.UpdateReplace,
                Lookup(olds, entry.Key),
                Lookup(news, entry.Key))).ToList();
        }

        var keys = diff.Diffs.Count > 0 || diff.Changes != DiffResponse.Types.DiffChanges.DiffUnknown
            ? diff.Diffs.Concat(diff.Replaces).Distinct(StringComparer.Ordinal)
            : ChangedKeys(olds, news);
        return keys.Order(StringComparer.Ordinal).Select(key => Change(key, diff.Replaces.Contains(key), olds, news)).ToList();
    }

    /// <summary>Top-level keys whose values differ: the engine's own diff when the provider has no opinion.</summary>
    public static IEnumerable<string> ChangedKeys(PropertyMap olds, PropertyMap news) =>
        olds.Keys.Union(news.Keys, StringComparer.Ordinal).Where(key =>
            !(olds.TryGetValue(key, out var before) && news.TryGetValue(key, out var after) && before.Equals(after)));

    /// <summary>The value at a diff path such as <c>a.b[0].c</c>, or null when absent.</summary>
    public static PropertyValue? Lookup(PropertyMap map, string path)
    {
        PropertyValue current = PropertyValue.FromObject(map);
        foreach (var segment in Segments(path))
        {
            current = current.Unsecret();
            if (segment is string property && current.Kind == PropertyValueKind.Object && current.AsObject.TryGetValue(property, out var next))
            {
                current = next;
            }
            else if (segment is int index && current.Kind == PropertyValueKind.Array && index < current.AsArray.Length)
            {
                current = current.AsArray[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static PropertyChange Change(string key, bool replaces, PropertyMap olds, PropertyMap news)
    {
        var before = Lookup(olds, key);
        var after = Lookup(news, key);
        var kind = before is null ? PropertyChangeKind.Add : after is null ? PropertyChangeKind.Delete : PropertyChangeKind.Update;
        return new PropertyChange(key, kind, replaces, before, after);
    }

    private static IEnumerable<object> Segments(string path)
    {
        foreach (var dotted in path.Split('.'))
        {
            var bracket = dotted.IndexOf('[', StringComparison.Ordinal);
            yield return bracket < 0 ? dotted : dotted[..bracket];
            while (bracket >= 0)
            {
                var close = dotted.IndexOf(']', bracket);
                var inside = dotted[(bracket + 1)..close].Trim('"');
                yield return int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : inside;
                bracket = dotted.IndexOf('[', close);
            }
        }
    }
}
