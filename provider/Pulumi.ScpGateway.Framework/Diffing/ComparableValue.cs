using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A value in the form Diff compares: secrets unwrapped, null/""/[]/{} the same as absent,
/// absent the same as the default, sets sorted and de-duplicated.
/// </summary>
internal static class ComparableValue
{
    /// <returns>The comparable value, or null for "absent".</returns>
    public static PropertyValue? Of(PropertyDeclaration property, PropertyValue? value)
    {
        var canonical = value is null ? null : Canonical(value);
        canonical ??= property.Default;
        return canonical is not null && property.IsSet ? SetValues.Normalize(canonical) : canonical;
    }

    private static PropertyValue? Canonical(PropertyValue value)
    {
        value = ObjectReader.Resolved(value);
        switch (value.Kind)
        {
            case PropertyValueKind.Null:
                return null;
            case PropertyValueKind.String:
                return value.AsString.Length == 0 ? null : value;
            case PropertyValueKind.Array:
                return value.AsArray.IsEmpty ? null : PropertyValue.FromArray(value.AsArray.Select(item => Canonical(item) ?? PropertyValue.Null));
            case PropertyValueKind.Object:
                var entries = value.AsObject
                    .Select(entry => new KeyValuePair<string, PropertyValue?>(entry.Key, Canonical(entry.Value)))
                    .Where(entry => entry.Value is not null)
                    .Select(entry => new KeyValuePair<string, PropertyValue>(entry.Key, entry.Value!))
                    .ToList();
                return entries.Count == 0 ? null : PropertyValue.FromObject(new PropertyMap(entries));
            default:
                return value;
        }
    }
}
