using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Pulumi.ScpGateway.Framework;

/// <summary>One value of an enum type: the name SDKs use, the value on the wire, and what it means.</summary>
public sealed record EnumValueDeclaration(string Name, string Value, string Description);

/// <summary>A closed set of string values declared with <see cref="EnumTypeAttribute"/>, read once per class.</summary>
public sealed class EnumDeclaration
{
    /// <summary>What reading the values needs to keep under trimming and Native AOT.</summary>
    public const DynamicallyAccessedMemberTypes DeclaredMembers = DynamicallyAccessedMemberTypes.PublicFields;

    private static readonly ConcurrentDictionary<Type, EnumDeclaration> Declarations = new();

    private EnumDeclaration([DynamicallyAccessedMembers(DeclaredMembers)] Type type)
    {
        var declared = type.GetCustomAttribute<EnumTypeAttribute>()
            ?? throw new InvalidOperationException($"{type.Name} is used as an enum but carries no [EnumType(name, description)].");
        ClrType = type;
        Name = declared.Name;
        Description = declared.Description;
        // Reflection lists fields in declaration order (also under Native AOT, where metadata tokens are not available).
        Values =
        [
            .. type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                .Select(field => new EnumValueDeclaration(
                    field.Name,
                    (string)field.GetRawConstantValue()!,
                    field.GetCustomAttribute<EnumValueAttribute>()?.Description ?? "")),
        ];
        if (Values.Count == 0)
        {
            throw new InvalidOperationException($"{type.Name}: an [EnumType] class declares its values as public const string fields; it has none.");
        }
    }

    /// <summary>The class that declares the values.</summary>
    public Type ClrType { get; }

    /// <summary>The type's name in the schema and the SDKs.</summary>
    public string Name { get; }

    public string Description { get; }

    /// <summary>The values in declaration order.</summary>
    public IReadOnlyList<EnumValueDeclaration> Values { get; }

    /// <summary>The schema token, <c>&lt;package&gt;:index:&lt;Name&gt;</c>.</summary>
    public string Token => PackageTokens.For(ClrType, Name);

    public static EnumDeclaration Of([DynamicallyAccessedMembers(DeclaredMembers)] Type type) =>
        Declarations.TryGetValue(type, out var declaration) ? declaration : Declarations.GetOrAdd(type, new EnumDeclaration(type));
}
