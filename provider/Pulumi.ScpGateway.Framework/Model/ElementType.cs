namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A type a list or map property may hold, with the code that builds <c>List&lt;T&gt;</c>,
/// <c>T[]</c> and <c>Dictionary&lt;string, T&gt;</c> of it and reads such a map back. Each is an
/// <see cref="ElementType{T}"/> made where <c>T</c> is known at compile time (the scalars here,
/// records in <see cref="ObjectTypes.Register{T}"/>), so Native AOT has compiled that code:
/// <c>MakeGenericType</c> could ask for an instantiation that was never compiled.
/// </summary>
internal abstract class ElementType
{
    private static readonly Dictionary<Type, ElementType> Scalars = new()
    {
        [typeof(string)] = new ElementType<string>(),
        [typeof(bool)] = new ElementType<bool>(),
        [typeof(int)] = new ElementType<int>(),
        [typeof(long)] = new ElementType<long>(),
        [typeof(double)] = new ElementType<double>(),
    };

    public abstract Type ClrType { get; }

    /// <summary>What an element not known yet (previews) reads as: null, or a value type's default.</summary>
    public abstract object? Unknown { get; }

    /// <summary>The declared properties when the element is a nested record.</summary>
    public virtual ObjectShape? Shape => null;

    /// <summary>The scalar or registered record type <paramref name="type"/>, or null.</summary>
    public static ElementType? For(Type type) => Scalars.GetValueOrDefault(type) ?? ObjectTypes.Find(type);

    public abstract object NewList(IReadOnlyList<object?> items);

    public abstract object NewArray(IReadOnlyList<object?> items);

    public abstract object NewMap(IEnumerable<KeyValuePair<string, object?>> entries);

    /// <summary>The entries of a string-keyed map of this element type, whatever dictionary class holds them.</summary>
    public abstract IEnumerable<KeyValuePair<string, object?>> MapEntries(object map);
}

internal class ElementType<T> : ElementType
{
    public override Type ClrType => typeof(T);

    public override object? Unknown => default(T);

    public override object NewList(IReadOnlyList<object?> items) => items.Select(item => (T)item!).ToList();

    public override object NewArray(IReadOnlyList<object?> items) => items.Select(item => (T)item!).ToArray();

    public override object NewMap(IEnumerable<KeyValuePair<string, object?>> entries) =>
        entries.ToDictionary(entry => entry.Key, entry => (T)entry.Value!, StringComparer.Ordinal);

    public override IEnumerable<KeyValuePair<string, object?>> MapEntries(object map) =>
        ((IEnumerable<KeyValuePair<string, T>>)map).Select(entry => new KeyValuePair<string, object?>(entry.Key, entry.Value));
}
