using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// The nested record types (<see cref="ObjectTypeAttribute"/>) the framework knows. A nested
/// record is found through a property's C# type, a path the trimmer cannot follow, so each one
/// is registered from code that names it: its properties and constructor are then kept, and its
/// lists and maps are built by compiled generic code. The framework's source generator
/// (Pulumi.ScpGateway.Framework.Generators) registers every [ObjectType] record of an assembly
/// that references it when the assembly loads.
/// </summary>
public static class ObjectTypes
{
    private static readonly ConcurrentDictionary<Type, ElementType> Registered = new();

    public static void Register<[DynamicallyAccessedMembers(ObjectShape.DeclaredMembers)] T>()
        where T : class =>
        Registered.TryAdd(typeof(T), new RecordElementType<T>());

    internal static ElementType? Find(Type type) => Registered.GetValueOrDefault(type);

    private sealed class RecordElementType<[DynamicallyAccessedMembers(ObjectShape.DeclaredMembers)] T> : ElementType<T>
        where T : class
    {
        public override ObjectShape Shape => ObjectShape.Of<T>();
    }
}
