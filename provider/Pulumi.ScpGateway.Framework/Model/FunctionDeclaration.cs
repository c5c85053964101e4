using System.Collections.Concurrent;
using System.Reflection;

namespace Pulumi.ScpGateway.Framework;

/// <summary>A function class's declaration: its <see cref="FunctionAttribute"/> and its argument and result shapes.</summary>
public sealed class FunctionDeclaration
{
    private static readonly ConcurrentDictionary<Type, Lazy<FunctionDeclaration>> Cache = new();

    private FunctionDeclaration(Type functionType)
    {
        var attribute = functionType.GetCustomAttribute<FunctionAttribute>(false)
            ?? throw new InvalidOperationException($"{functionType.Name} has no [Function] attribute.");
        var generic = ResourceDeclaration.GenericBase(functionType, typeof(Function<,>))
            ?? throw new InvalidOperationException($"{functionType.Name} does not derive from Function<TArgs, TResult>.");
        FunctionType = functionType;
        Name = attribute.Name;
        Token = PackageTokens.For(functionType, attribute.Name);
        Description = attribute.Description;
        Args = ObjectShape.Of(generic.GetGenericArguments()[0]);
        Result = ObjectShape.Of(generic.GetGenericArguments()[1]);
    }

    public Type FunctionType { get; }

    public string Name { get; }

    public string Token { get; }

    public string Description { get; }

    public ObjectShape Args { get; }

    public ObjectShape Result { get; }

    public static FunctionDeclaration For(Type functionType) =>
        Cache.GetOrAdd(functionType, type => new Lazy<FunctionDeclaration>(() => new FunctionDeclaration(type))).Value;

    public static string NameOf(Type functionType) =>
        functionType.GetCustomAttribute<FunctionAttribute>(false)?.Name
        ?? throw new InvalidOperationException($"{functionType.Name} has no [Function] attribute.");
}
