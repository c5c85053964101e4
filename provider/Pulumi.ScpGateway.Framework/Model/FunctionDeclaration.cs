using System.Collections.Concurrent;
using System.Reflection;

namespace Pulumi.ScpGateway.Framework;

/// <summary>A function class's declaration: its <see cref="FunctionAttribute"/> and its argument and result shapes.</summary>
public sealed class FunctionDeclaration
{
    private static readonly ConcurrentDictionary<Type, Lazy<FunctionDeclaration>> Cache = new();

    internal FunctionDeclaration(Type functionType, ObjectShape args, ObjectShape result)
    {
        var attribute = functionType.GetCustomAttribute<FunctionAttribute>(false)
            ?? throw new InvalidOperationException($"{functionType.Name} has no [Function] attribute.");
        FunctionType = functionType;
        Name = attribute.Name;
        Token = PackageTokens.For(functionType, attribute.Name);
        Description = attribute.Description;
        Args = args;
        Result = result;
    }

    public Type FunctionType { get; }

    public string Name { get; }

    public string Token { get; }

    public string Description { get; }

    public ObjectShape Args { get; }

    public ObjectShape Result { get; }

    /// <summary>The declaration of <typeparamref name="TFunction"/>, read on first use.</summary>
    public static FunctionDeclaration For<TFunction>()
        where TFunction : Function, IDeclaredFunction =>
        For(typeof(TFunction), static type => TFunction.Declare(type));

    internal static FunctionDeclaration For(Type functionType, Func<Type, FunctionDeclaration> declare) =>
        Cache.GetOrAdd(functionType, type => new Lazy<FunctionDeclaration>(() => declare(type))).Value;

    public static string NameOf(Type functionType) =>
        functionType.GetCustomAttribute<FunctionAttribute>(false)?.Name
        ?? throw new InvalidOperationException($"{functionType.Name} has no [Function] attribute.");
}
