using System.Collections;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Turns a declared record into a property map: null properties are left out, sets are sorted
/// and de-duplicated, and secret properties are wrapped (at any depth).
/// </summary>
public static class ObjectWriter
{
    public static PropertyMap Write(ObjectShape shape, object instance) => Write(shape, instance, shape.Properties);

    /// <summary>Only the input properties, e.g. a state record written as the inputs Read returns.</summary>
    public static PropertyMap WriteInputs(ObjectShape shape, object instance) => Write(shape, instance, shape.Inputs);

    private static PropertyMap Write(ObjectShape shape, object instance, IEnumerable<PropertyDeclaration> properties)
    {
        if (!shape.ClrType.IsInstanceOfType(instance))
        {
            throw new InvalidOperationException($"Expected a {shape.ClrType.Name}, got a {instance.GetType().Name}.");
        }
        var entries = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var property in properties)
        {
            var clr = property.Property.GetValue(instance);
            if (clr is null)
            {
                continue;
            }
            var value = ToValue(property.Type, clr);
            if (property.IsSet)
            {
                value = SetValues.Normalize(value);
            }
            entries.Add(new(property.Name, property.Secret ? PropertyValue.MakeSecret(value) : value));
        }
        return new PropertyMap(entries);
    }

    private static PropertyValue ToValue(PropertyType type, object? clr)
    {
        if (clr is null)
        {
            return PropertyValue.Null;
        }
        return type.Kind switch
        {
            PropertyKind.String => PropertyValue.FromString((string)clr),
            PropertyKind.Bool => PropertyValue.FromBool((bool)clr),
            PropertyKind.Integer => PropertyValue.FromNumber((int)clr),
            PropertyKind.Long => PropertyValue.FromNumber((long)clr),
            PropertyKind.Number => PropertyValue.FromNumber((double)clr),
            PropertyKind.Array => PropertyValue.FromArray(((IEnumerable)clr).Cast<object?>().Select(item => ToValue(type.Element!, item))),
            PropertyKind.Map => PropertyValue.FromObject(new PropertyMap(type.Values.MapEntries(clr).Select(entry =>
                new KeyValuePair<string, PropertyValue>(entry.Key, ToValue(type.Element!, entry.Value))))),
            _ => PropertyValue.FromObject(Write(type.Shape, clr)),
        };
    }
}
