using System.Collections.Concurrent;
using System.Reflection;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// The declared properties of a record type (Args, State, a nested record, a function's
/// arguments or result), read by reflection once per type and cached.
/// </summary>
public sealed class ObjectShape
{
    private static readonly ConcurrentDictionary<Type, Lazy<ObjectShape>> Cache = new();

    private readonly Dictionary<string, PropertyDeclaration> _byName;

    private ObjectShape(Type type)
    {
        ClrType = type;
        var objectType = type.GetCustomAttribute<ObjectTypeAttribute>(false);
        TypeName = objectType?.Name ?? type.Name;
        Description = objectType?.Description ?? "";
        // Base-class properties first, so outputs list the inputs before the computed values.
        Properties = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(property => Depth(property.DeclaringType!))
            .ThenBy(property => property.MetadataToken)
            .Select(PropertyDeclaration.From)
            .OfType<PropertyDeclaration>()];
        _byName = new Dictionary<string, PropertyDeclaration>(StringComparer.Ordinal);
        foreach (var property in Properties)
        {
            if (!_byName.TryAdd(property.Name, property))
            {
                throw new InvalidOperationException($"{type.Name}: two properties are named '{property.Name}'.");
            }
        }
    }

    public Type ClrType { get; }

    /// <summary>The schema type name when this record is nested in another.</summary>
    public string TypeName { get; }

    public string Description { get; }

    public IReadOnlyList<PropertyDeclaration> Properties { get; }

    public IEnumerable<PropertyDeclaration> Inputs => Properties.Where(property => property.IsInput);

    public IEnumerable<PropertyDeclaration> OutputsOnly => Properties.Where(property => property.IsOutputOnly);

    public static ObjectShape Of(Type type) =>
        Cache.GetOrAdd(type, key => new Lazy<ObjectShape>(() => new ObjectShape(key))).Value;

    public PropertyDeclaration? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>A new instance of the record, for filling in from a property map.</summary>
    public object CreateInstance() =>
        Activator.CreateInstance(ClrType)
        ?? throw new InvalidOperationException($"{ClrType.Name} could not be created.");

    private static int Depth(Type type)
    {
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }
        return depth;
    }
}
