using System.Diagnostics.CodeAnalysis;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Fills a declared record from a property map. Secrets are unwrapped; missing, null and unknown
/// values leave the record's own initial value. A value of the wrong type is a
/// <see cref="PropertyValueException"/> naming its path.
/// </summary>
public static class ObjectReader
{
    public static T Read<[DynamicallyAccessedMembers(ObjectShape.DeclaredMembers)] T>(PropertyMap map)
        where T : class =>
        (T)Read(ObjectShape.Of<T>(), map, "");

    public static object Read(ObjectShape shape, PropertyMap map, string path)
    {
        var instance = shape.CreateInstance();
        foreach (var property in shape.Properties)
        {
            if (map.TryGetValue(property.Name, out var value)
                && ToClr(property.Type, value, PropertyPath.Property(path, property.Name)) is { } converted)
            {
                property.Property.SetValue(instance, converted);
            }
        }
        return instance;
    }

    private static object? ToClr(PropertyType type, PropertyValue value, string path)
    {
        value = Resolved(value);
        if (value.IsNull || value.IsComputed)
        {
            return null;
        }
        return type.Kind switch
        {
            PropertyKind.String => Expect(value, PropertyValueKind.String, type, path).AsString,
            PropertyKind.Bool => Expect(value, PropertyValueKind.Bool, type, path).AsBool,
            PropertyKind.Integer => ExactNumber.TryToInt32(Expect(value, PropertyValueKind.Number, type, path).AsNumber, out var small)
                ? small
                : throw new PropertyValueException(path, "must be a whole number that fits in 32 bits"),
            PropertyKind.Long => ExactNumber.TryToInt64(Expect(value, PropertyValueKind.Number, type, path).AsNumber, out var large)
                ? large
                : throw new PropertyValueException(path, "must be a whole number that fits in 64 bits"),
            PropertyKind.Number => Expect(value, PropertyValueKind.Number, type, path).AsNumber,
            PropertyKind.Array => ToList(type, Expect(value, PropertyValueKind.Array, type, path), path),
            PropertyKind.Map => ToDictionary(type, Expect(value, PropertyValueKind.Object, type, path), path),
            _ => Read(type.Shape, Expect(value, PropertyValueKind.Object, type, path).AsObject, path),
        };
    }

    /// <summary>The value with secret and output wrappers taken off (an unknown output becomes unknown).</summary>
    internal static PropertyValue Resolved(PropertyValue value)
    {
        while (true)
        {
            if (value.IsSecret)
            {
                value = value.SecretValue;
            }
            else if (value.Kind == PropertyValueKind.Output)
            {
                value = value.AsOutput.Value ?? PropertyValue.Unknown;
            }
            else
            {
                return value;
            }
        }
    }

    private static PropertyValue Expect(PropertyValue value, PropertyValueKind kind, PropertyType type, string path) =>
        value.Kind == kind ? value : throw new PropertyValueException(path, $"must be {type.Described}");

    private static object ToList(PropertyType type, PropertyValue value, string path)
    {
        var items = value.AsArray;
        var converted = new object?[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            converted[i] = ToElement(type.Element!, type.Values, items[i], PropertyPath.Index(path, i));
        }
        return type.ClrType.IsArray ? type.Values.NewArray(converted) : type.Values.NewList(converted);
    }

    private static object ToDictionary(PropertyType type, PropertyValue value, string path) =>
        type.Values.NewMap(value.AsObject.Select(entry => new KeyValuePair<string, object?>(
            entry.Key, ToElement(type.Element!, type.Values, entry.Value, PropertyPath.Property(path, entry.Key)))).ToList());

    /// <summary>
    /// A list or map element. Null has no place in SCP's lists and maps (Check refuses it); an
    /// unknown one (previews, rules across properties) reads as the element type's default,
    /// since a value-type collection cannot hold a null.
    /// </summary>
    private static object? ToElement(PropertyType type, ElementType values, PropertyValue item, string path)
    {
        var value = Resolved(item);
        if (value.IsNull)
        {
            throw new PropertyValueException(path, $"must be {type.Described}, not null");
        }
        return ToClr(type, value, path) ?? values.Unknown;
    }
}
