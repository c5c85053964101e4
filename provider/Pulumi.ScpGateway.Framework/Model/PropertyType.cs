namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A property's type, derived from its C# type: string, bool, int, long, double, nested
/// records (<see cref="ObjectTypeAttribute"/>), and lists and string-keyed dictionaries of those.
/// </summary>
public sealed class PropertyType
{
    private const string Supported =
        "use string, bool, int, long, double, an [ObjectType] record, or a list (IReadOnlyList<T>, T[], ...) or string-keyed dictionary of those";

    private readonly ElementType? _values;

    private PropertyType(PropertyKind kind, Type clrType, PropertyType? element = null, ElementType? values = null)
    {
        Kind = kind;
        ClrType = clrType;
        Element = element;
        _values = values;
    }

    public PropertyKind Kind { get; }

    /// <summary>The C# type, without <see cref="Nullable{T}"/>.</summary>
    public Type ClrType { get; }

    /// <summary>The item type of a list or the value type of a map.</summary>
    public PropertyType? Element { get; }

    /// <summary>The declared properties of a nested record (resolved on first use, so records may nest themselves).</summary>
    public ObjectShape Shape => Kind == PropertyKind.Object
        ? _values!.Shape!
        : throw new InvalidOperationException($"{ClrType.Name} is not a nested record.");

    /// <summary>For a list or map: builds and reads its collections; for a record: its shape.</summary>
    internal ElementType Values => _values ?? throw new InvalidOperationException($"{ClrType.Name} is neither a collection nor a record.");

    /// <summary>"a string", "a list", ... for failure texts.</summary>
    public string Described => Kind switch
    {
        PropertyKind.String => "a string",
        PropertyKind.Bool => "a boolean",
        PropertyKind.Integer or PropertyKind.Long => "a whole number",
        PropertyKind.Number => "a number",
        PropertyKind.Array => "a list",
        PropertyKind.Map => "a map",
        _ => "an object",
    };

    public static PropertyType From(Type type, string where)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return new(PropertyKind.String, type);
        }
        if (type == typeof(bool))
        {
            return new(PropertyKind.Bool, type);
        }
        if (type == typeof(int))
        {
            return new(PropertyKind.Integer, type);
        }
        if (type == typeof(long))
        {
            return new(PropertyKind.Long, type);
        }
        if (type == typeof(double))
        {
            return new(PropertyKind.Number, type);
        }
        if (type.IsArray)
        {
            return Collection(PropertyKind.Array, type, type.GetElementType()!, where);
        }
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (ListTypes.Contains(definition))
            {
                return Collection(PropertyKind.Array, type, arguments[0], where);
            }
            if (MapTypes.Contains(definition))
            {
                return arguments[0] == typeof(string)
                    ? Collection(PropertyKind.Map, type, arguments[1], where)
                    : throw Unsupported(type, where, "map keys must be strings");
            }
        }
        if (ObjectTypes.Find(type) is { } record)
        {
            return new(PropertyKind.Object, type, values: record);
        }
        if (type.IsClass && !type.IsArray && type != typeof(object))
        {
            throw Unsupported(type, where,
                $"a nested record must carry [ObjectType(name, description)], which registers it through the framework's source generator (or call ObjectTypes.Register<{type.Name}>())");
        }
        throw Unsupported(type, where, Supported);
    }

    /// <summary>A list or map: its elements are a scalar or a record whose collections compiled generic code builds.</summary>
    private static PropertyType Collection(PropertyKind kind, Type type, Type elementType, string where)
    {
        var element = From(elementType, where);
        if (element.Kind is PropertyKind.Array or PropertyKind.Map || Nullable.GetUnderlyingType(elementType) is not null)
        {
            throw Unsupported(type, where, "list and map elements are non-nullable strings, bools, ints, longs, doubles or [ObjectType] records, not other lists or maps");
        }
        var values = ElementType.For(elementType) ?? throw Unsupported(type, where, Supported);
        return new(kind, type, element, values);
    }

    private static readonly HashSet<Type> ListTypes =
    [
        typeof(IReadOnlyList<>), typeof(IList<>), typeof(List<>), typeof(IEnumerable<>),
        typeof(IReadOnlyCollection<>), typeof(ICollection<>),
    ];

    private static readonly HashSet<Type> MapTypes =
    [
        typeof(IReadOnlyDictionary<,>), typeof(IDictionary<,>), typeof(Dictionary<,>),
    ];

    private static InvalidOperationException Unsupported(Type type, string where, string hint) =>
        new($"{where}: type {type.Name} is not supported as a property type ({hint}).");
}
