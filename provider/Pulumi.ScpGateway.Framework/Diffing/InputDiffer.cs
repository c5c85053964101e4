using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// The generic Diff over declared inputs. Compares the new inputs against the old inputs (or,
/// when the engine sends none, the old outputs), with the equivalences of
/// <see cref="ComparableValue"/>. An unknown new value is a change. Not-readable inputs compare
/// like any other: refresh carries them over (no diff), import leaves them out, so a program
/// written from the imported inputs has none either, and one that adds them shows the change.
/// </summary>
public static class InputDiffer
{
    public static DiffResult Diff(ObjectShape shape, PropertyMap olds, PropertyMap? oldInputs, PropertyMap news, IEnumerable<string> ignoreChanges)
    {
        var baseline = oldInputs is { Count: > 0 } ? oldInputs : olds;
        var ignored = IgnoredChanges.Parse(ignoreChanges);
        news = ignored.Apply(baseline, news);
        var detailed = new Dictionary<string, PropertyDiffKind>(StringComparer.Ordinal);
        foreach (var property in shape.Inputs)
        {
            if (ignored.IgnoresWhole(property.Name))
            {
                continue;
            }
            var oldRaw = baseline.GetValueOrDefault(property.Name);
            var newRaw = news.GetValueOrDefault(property.Name);
            if (Kind(property, oldRaw, newRaw) is { } kind)
            {
                detailed[property.Name] = property.Replace ? kind + 1 : kind;
            }
        }
        return new DiffResult(detailed);
    }

    private static PropertyDiffKind? Kind(PropertyDeclaration property, PropertyValue? oldRaw, PropertyValue? newRaw)
    {
        var oldValue = ComparableValue.Of(property, oldRaw);
        if (newRaw is not null && newRaw.ContainsUnknowns())
        {
            return oldValue is null ? PropertyDiffKind.Add : PropertyDiffKind.Update;
        }
        var newValue = ComparableValue.Of(property, newRaw);
        if (Equals(oldValue, newValue))
        {
            return null;
        }
        if (oldValue is null)
        {
            return PropertyDiffKind.Add;
        }
        return newValue is null ? PropertyDiffKind.Delete : PropertyDiffKind.Update;
    }
}
