using System.Collections.Frozen;
using System.Collections.Concurrent;
using System.Reflection;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A resource class's declaration: its <see cref="ResourceAttribute"/>, its Args and State
/// shapes and its id template, read once per class (on first use) and checked for mistakes
/// a resource author could make. Built by <see cref="CustomResource{TArgs, TState}"/>, where
/// the Args and State types are known statically (so trimming keeps their properties).
/// </summary>
public sealed class ResourceDeclaration
{
    private static readonly ConcurrentDictionary<Type, Lazy<ResourceDeclaration>> Cache = new();

    internal ResourceDeclaration(Type resourceType, ObjectShape args, ObjectShape state)
    {
        var attribute = resourceType.GetCustomAttribute<ResourceAttribute>(false)
            ?? throw new InvalidOperationException($"{resourceType.Name} has no [Resource] attribute.");
        ResourceType = resourceType;
        Name = attribute.Name;
        Token = PackageTokens.For(resourceType, attribute.Name);
        Description = attribute.Description;
        DefaultTimeout = TimeSpan.FromMinutes(attribute.DefaultTimeoutMinutes);
        Args = args;
        State = state;
        OutputNames = state.OutputsOnly.Select(property => property.Name).ToFrozenSet(StringComparer.Ordinal);
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

    /// <summary>The output-only properties' names (Check refuses them as inputs with a clearer message than unknown names).</summary>
    public IReadOnlySet<string> OutputNames { get; }

    public ImportIdTemplate ImportId { get; }

    /// <summary>
    /// The named parts of <paramref name="id"/>, each folded the way Check folds the input of that
    /// name (a method type <c>get</c> becomes <c>GET</c>), so an import id may be spelled as a
    /// program spells the inputs; <see cref="ImportId.Id"/> is the id in that canonical spelling.
    /// </summary>
    public ImportId ParseId(string id)
    {
        var parsed = ImportId.ParseId(id);
        var parts = ImportId.Parts.Select(part => State.Find(part)!.Rules.Aggregate(
            Values.PropertyValue.FromString(parsed[part]), (value, rule) => rule.Normalize(value)).AsString).ToArray();
        return new ImportId(ImportId.Format(parts), ImportId.Parts.Zip(parts).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal));
    }

    /// <summary>The declaration of <typeparamref name="TResource"/>, read on first use.</summary>
    public static ResourceDeclaration For<TResource>()
        where TResource : CustomResource, IDeclaredResource =>
        For(typeof(TResource), static type => TResource.Declare(type));

    internal static ResourceDeclaration For(Type resourceType, Func<Type, ResourceDeclaration> declare) =>
        Cache.GetOrAdd(resourceType, type => new Lazy<ResourceDeclaration>(() => declare(type))).Value;

    /// <summary>The name a resource class declares, read without building the rest of its declaration.</summary>
    public static string NameOf(Type resourceType) =>
        resourceType.GetCustomAttribute<ResourceAttribute>(false)?.Name
        ?? throw new InvalidOperationException($"{resourceType.Name} has no [Resource] attribute.");
}
