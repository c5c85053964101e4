namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A property's type, derived from its C# type: string, bool, int, long, double, lists and
/// string-keyed dictionaries of those, and nested records.
/// </summary>
public sealed class PropertyType
{
    private PropertyType(PropertyKind kind, Type clrType, PropertyType? element)
    {
        Kind = kind;
        ClrType = clrType;
        Element = element;
    }

    public PropertyKind Kind { get; }

    /// <summary>The C# type, without <see cref="Nullable{T}"/>.</summary>
    public Type ClrType { get; }

    /// <summary>The item type of a list or the value type of a map.</summary>
    public PropertyType? Element { get; }

    /// <summary>The declared properties of a nested record (resolved on first use, so records may nest themselves).</summary>
    public ObjectShape Shape => Kind == PropertyKind.Object
        ? ObjectShape.Of(ClrType)
        : throw new InvalidOperationException($"{ClrType.Name} is not a nested record.");

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
            return new(PropertyKind.String, type, null);
        }
        if (type == typeof(bool))
        {
            return new(PropertyKind.Bool, type, null);
        }
        if (type == typeof(int))
        {
            return new(PropertyKind.Integer, type, null);
        }
        if (type == typeof(long))
        {
            return new(PropertyKind.Long, type, null);
        }
        if (type == typeof(double))
        {
            return new(PropertyKind.Number, type, null);
        }
        if (type.IsArray)
        {
            return new(PropertyKind.Array, type, From(type.GetElementType()!, where));
        }
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (ListTypes.Contains(definition))
            {
                return new(PropertyKind.Array, type, From(arguments[0], where));
            }
            if (MapTypes.Contains(definition))
            {
                return arguments[0] == typeof(string)
                    ? new(PropertyKind.Map, type, From(arguments[1], where))
                    : throw Unsupported(type, where, "map keys must be strings");
            }
        }
        if (type.IsClass && type.GetConstructor(Type.EmptyTypes) is not null)
        {
            return new(PropertyKind.Object, type, null);
        }
        throw Unsupported(type, where, "use string, bool, int, long, double, a list, a string-keyed dictionary or a record with a parameterless constructor");
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
