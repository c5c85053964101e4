namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Lets generic code (<see cref="ResourceRegistry.AddResource{TResource}"/>) build a resource
/// class's declaration through <see cref="CustomResource{TArgs, TState}"/>, the one place where
/// the Args and State types are known statically; reading them from the base type by
/// reflection would hide them from the trimmer. Only the framework implements it.
/// </summary>
public interface IDeclaredResource
{
    internal static abstract ResourceDeclaration Declare(Type resourceType);
}
