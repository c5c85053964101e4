using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// The declared properties of a record type (Args, State, a nested record, a function's
/// arguments or result), read by reflection once per type and cached. Every type reaches this
/// class through a <see cref="DynamicallyAccessedMembersAttribute"/> path (the resource and
/// function type parameters, <see cref="ObjectTypes.Register{T}"/>), so trimming keeps what it reads.
/// </summary>
public sealed class ObjectShape
{
    /// <summary>What reading a record needs kept: its public properties (with their attributes) and its parameterless constructor.</summary>
    public const DynamicallyAccessedMemberTypes DeclaredMembers =
        DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor;

    private static readonly ConcurrentDictionary<Type, Lazy<ObjectShape>> Cache = new();

    private readonly Dictionary<string, PropertyDeclaration> _byName;

    private ObjectShape([DynamicallyAccessedMembers(DeclaredMembers)] Type type)
    {
        ClrType = type;
        var objectType = type.GetCustomAttribute<ObjectTypeAttribute>(false);
        TypeName = objectType?.Name ?? type.Name;
        Description = objectType?.Description ?? "";
        // Base-class properties first, so outputs list the inputs before the computed values; then
        // source order, from the line the attribute sits on (metadata tokens do not exist under Native AOT).
        Properties = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(PropertyDeclaration.From)
            .OfType<PropertyDeclaration>()
            .OrderBy(property => Depth(property.Property.DeclaringType!))
            .ThenBy(property => property.DeclaredOnLine)
            .ThenBy(property => property.Name, StringComparer.Ordinal)];
        _byName = new Dictionary<string, PropertyDeclaration>(StringComparer.Ordinal);
        foreach (var property in Properties)
        {
            if (!_byName.TryAdd(property.Name, property))
            {
                throw new InvalidOperationException($"{type.Name}: two properties are named '{property.Name}'.");
            }
        }
    }

    [DynamicallyAccessedMembers(DeclaredMembers)]
    public Type ClrType { get; }

    /// <summary>The schema type name when this record is nested in another.</summary>
    public string TypeName { get; }

    public string Description { get; }

    public IReadOnlyList<PropertyDeclaration> Properties { get; }

    public IEnumerable<PropertyDeclaration> Inputs => Properties.Where(property => property.IsInput);

    public IEnumerable<PropertyDeclaration> OutputsOnly => Properties.Where(property => property.IsOutputOnly);

    public static ObjectShape Of<[DynamicallyAccessedMembers(DeclaredMembers)] T>()
        where T : class =>
        Of(typeof(T));

    public static ObjectShape Of([DynamicallyAccessedMembers(DeclaredMembers)] Type type) =>
        Cache.GetOrAdd(type, _ => new Lazy<ObjectShape>(() => new ObjectShape(type))).Value;

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
