using System.Collections.Immutable;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// The services resources are built with (cloud API clients), available once the provider is
/// configured. Keyed by type; immutable, so a configured set can be handed to many readers.
/// </summary>
public sealed class ProviderServices
{
    public static readonly ProviderServices None = new(ImmutableDictionary<Type, object>.Empty);

    private readonly ImmutableDictionary<Type, object> _services;

    private ProviderServices(ImmutableDictionary<Type, object> services) => _services = services;

    /// <summary>A copy that also offers <paramref name="service"/> as a <typeparamref name="T"/>.</summary>
    public ProviderServices With<T>(T service)
        where T : class =>
        new(_services.SetItem(typeof(T), service));

    public T Get<T>()
        where T : class =>
        _services.TryGetValue(typeof(T), out var service)
            ? (T)service
            : throw new InvalidOperationException($"{typeof(T).Name} is not available: the provider has not been configured.");
}
