namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Lets generic code build a function class's declaration through
/// <see cref="Function{TArgs, TResult}"/>, where the argument and result types are known
/// statically (see <see cref="IDeclaredResource"/>). Only the framework implements it.
/// </summary>
public interface IDeclaredFunction
{
    internal static abstract FunctionDeclaration Declare(Type functionType);
}
