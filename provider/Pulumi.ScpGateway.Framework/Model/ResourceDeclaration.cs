using System.Collections.Concurrent;
using System.Reflection;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A resource class's declaration: its <see cref="ResourceAttribute"/>, its Args and State
/// shapes and its id template, read once per class (on first use) and checked for mistakes
/// a resource author could make.
/// </summary>
public sealed class ResourceDeclaration
{
    private static readonly ConcurrentDictionary<Type, Lazy<ResourceDeclaration>> Cache = new();

    private ResourceDeclaration(Type resourceType)
    {
        var attribute = resourceType.GetCustomAttribute<ResourceAttribute>(false)
            ?? throw new InvalidOperationException($"{resourceType.Name} has no [Resource] attribute.");
        var generic = GenericBase(resourceType, typeof(CustomResource<,>))
            ?? throw new InvalidOperationException($"{resourceType.Name} does not derive from CustomResource<TArgs, TState>.");
        ResourceType = resourceType;
        Name = attribute.Name;
        Token = PackageTokens.For(resourceType, attribute.Name);
        Description = attribute.Description;
        DefaultTimeout = TimeSpan.FromMinutes(attribute.DefaultTimeoutMinutes);
        Args = ObjectShape.Of(generic.GetGenericArguments()[0]);
        State = ObjectShape.Of(generic.GetGenericArguments()[1]);
        ImportId = ImportIdTemplate.Parse(attribute.ImportId);
        foreach (var part in ImportId.Parts)
        {
            if (State.Find(part) is not { Type.Kind: PropertyKind.String })
            {
                throw new InvalidOperationException($"{resourceType.Name}: import id part '{part}' is not a string property of {State.ClrType.Name}.");
            }
        }
        foreach (var input in Args.Inputs.Where(input => input.Autoname != AutonameStyle.None && input.Type.Kind != PropertyKind.String))
        {
            throw new InvalidOperationException($"{resourceType.Name}: only string inputs can be autonamed, not '{input.Name}'.");
        }
    }

    public Type ResourceType { get; }

    public string Name { get; }

    /// <summary><c>&lt;package&gt;:index:&lt;Name&gt;</c>.</summary>
    public string Token { get; }

    public string Description { get; }

    public TimeSpan DefaultTimeout { get; }

    public ObjectShape Args { get; }

    /// <summary>The outputs: the inputs plus the output-only properties.</summary>
    public ObjectShape State { get; }

    public ImportIdTemplate ImportId { get; }

    public static ResourceDeclaration For(Type resourceType) =>
        Cache.GetOrAdd(resourceType, type => new Lazy<ResourceDeclaration>(() => new ResourceDeclaration(type))).Value;

    /// <summary>The name a resource class declares, read without building the rest of its declaration.</summary>
    public static string NameOf(Type resourceType) =>
        resourceType.GetCustomAttribute<ResourceAttribute>(false)?.Name
        ?? throw new InvalidOperationException($"{resourceType.Name} has no [Resource] attribute.");

    internal static Type? GenericBase(Type type, Type definition)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == definition)
            {
                return current;
            }
        }
        return null;
    }
}
