using System.Collections.Concurrent;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Every resource and function of the provider by token, with protocol-neutral entry points
/// for the RPC service. Registration reads only each class's name; declarations are read on
/// first use. Check, Diff and previews work from declarations; the other calls use instances
/// built by their factories from the services given to <see cref="Configure"/>, once per configuration.
/// </summary>
public sealed class ResourceRegistry
{
    private readonly Dictionary<string, Registration<CustomResource, ResourceDeclaration>> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Registration<Function, FunctionDeclaration>> _functions = new(StringComparer.Ordinal);
    private volatile Configured _configured = new(ProviderServices.None);
    private CreateJournal? _journal;

    public IEnumerable<string> ResourceTokens => _resources.Keys;

    public IEnumerable<string> FunctionTokens => _functions.Keys;

    public ResourceRegistry AddResource<TResource>(Func<ProviderServices, TResource> factory)
        where TResource : CustomResource, IDeclaredResource
    {
        var token = PackageTokens.For(typeof(TResource), ResourceDeclaration.NameOf(typeof(TResource)));
        _resources.Add(token, new(typeof(TResource), factory, ResourceDeclaration.For<TResource>));
        return this;
    }

    public ResourceRegistry AddFunction<TFunction>(Func<ProviderServices, TFunction> factory)
        where TFunction : Function, IDeclaredFunction
    {
        var token = PackageTokens.For(typeof(TFunction), FunctionDeclaration.NameOf(typeof(TFunction)));
        _functions.Add(token, new(typeof(TFunction), factory, FunctionDeclaration.For<TFunction>));
        return this;
    }

    /// <summary>Records creates in flight in <paramref name="journal"/> so a run after a killed plugin adopts what they made.</summary>
    public ResourceRegistry WithCreateJournal(CreateJournal? journal)
    {
        _journal = journal;
        return this;
    }

    /// <summary>Makes <paramref name="services"/> the ones resources are built with from now on.</summary>
    public void Configure(ProviderServices services) => _configured = new Configured(services);

    public Task<CheckResult> CheckAsync(ResourceCheckRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // A new resource whose create an earlier run left unfinished keeps the name that create used;
        // old state means the engine got the create's answer.
        var unfinished = request.Olds.Count == 0 ? _journal?.FindRecent(request.Urn) : null;
        if (request.Olds.Count > 0)
        {
            _journal?.Forget(request.Urn);
        }
        return Task.FromResult(DeclaredOperations.Check(Declaration(request.Token), request, unfinished));
    }

    public Task<DiffResult> DiffAsync(ResourceDiffRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(DeclaredOperations.Diff(Declaration(request.Token), request));
    }

    /// <exception cref="ResourceInitFailure">The resource exists but is not fully set up.</exception>
    public Task<ResourceCreateResult> CreateAsync(ResourceCreateRequest request, CancellationToken cancellationToken)
    {
        if (request.Preview)
        {
            return Task.FromResult(DeclaredOperations.PreviewCreate(Declaration(request.Token), request));
        }
        var resource = Resource(request.Token);
        var context = Context(resource, request, request.Timeout, cancellationToken);
        if (_journal is null)
        {
            return resource.CreateAsync(request, context);
        }
        var entry = CreateJournalEntry.For(resource.Declaration, request.Urn, request.Properties, DateTimeOffset.UtcNow);
        return _journal.RunAsync(entry, resumed => resource.CreateAsync(request, resumed ? context.Resumed() : context), context.Log, cancellationToken);
    }

    public Task<ResourceReadResult> ReadAsync(ResourceReadRequest request, CancellationToken cancellationToken)
    {
        _journal?.Forget(request.Urn);
        var resource = Resource(request.Token);
        return resource.ReadAsync(request, Context(resource, request, TimeSpan.Zero, cancellationToken));
    }

    /// <returns>The outputs after the update.</returns>
    /// <exception cref="ResourceInitFailure">The update stopped part of the way.</exception>
    public Task<PropertyMap> UpdateAsync(ResourceUpdateRequest request, CancellationToken cancellationToken)
    {
        if (request.Preview)
        {
            return Task.FromResult(DeclaredOperations.PreviewUpdate(Declaration(request.Token), request));
        }
        _journal?.Forget(request.Urn);
        var resource = Resource(request.Token);
        return resource.UpdateAsync(request, Context(resource, request, request.Timeout, cancellationToken));
    }

    public async Task DeleteAsync(ResourceDeleteRequest request, CancellationToken cancellationToken)
    {
        var resource = Resource(request.Token);
        await resource.DeleteAsync(request, Context(resource, request, request.Timeout, cancellationToken)).ConfigureAwait(false);
        // A replacement's new object shares the URN; its answer reached the engine before this delete.
        _journal?.Forget(request.Urn);
    }

    public Task<FunctionInvokeResult> InvokeAsync(string token, PropertyMap args, CancellationToken cancellationToken)
    {
        var function = _configured.Get(Find(_functions, "function", token));
        return function.InvokeAsync(args, new FunctionContext(cancellationToken));
    }

    /// <summary>The resources, functions and types sections of the package schema.</summary>
    public SchemaSections Schema()
    {
        var writer = new SchemaWriter();
        return writer.Write(
            _resources.Values.Select(registration => registration.Declaration()),
            _functions.Values.Select(registration => registration.Declaration()));
    }

    /// <summary>The declaration of a resource type (its inputs, outputs and import id), for tools that write programs.</summary>
    public ResourceDeclaration DeclarationOf(string token) => Declaration(token);

    private CustomResource Resource(string token) => _configured.Get(Find(_resources, "resource type", token));

    private ResourceDeclaration Declaration(string token) => Find(_resources, "resource type", token).Declaration();

    private static Registration<T, TDeclaration> Find<T, TDeclaration>(Dictionary<string, Registration<T, TDeclaration>> registrations, string kind, string token)
        where T : class =>
        registrations.TryGetValue(token, out var registration)
            ? registration
            : throw new UnknownTokenException(kind, token, registrations.Keys);

    private static ResourceContext Context(CustomResource resource, ResourceRequest request, TimeSpan timeout, CancellationToken cancellationToken) =>
        new(request.Urn,
            request.LogicalName,
            timeout > TimeSpan.Zero ? timeout : resource.Declaration.DefaultTimeout,
            request.Log ?? SilentResourceLog.Instance,
            cancellationToken);

    /// <param name="Declaration">Reads the declaration from generic code that names the class (see <see cref="IDeclaredResource"/>).</param>
    private sealed record Registration<T, TDeclaration>(Type Type, Func<ProviderServices, T> Factory, Func<TDeclaration> Declaration)
        where T : class;

    /// <summary>One configuration's services and the instances built from them.</summary>
    private sealed class Configured(ProviderServices services)
    {
        private readonly ConcurrentDictionary<Type, Lazy<object>> _instances = new();

        public T Get<T, TDeclaration>(Registration<T, TDeclaration> registration)
            where T : class =>
            (T)_instances.GetOrAdd(registration.Type, _ => new Lazy<object>(() => registration.Factory(services))).Value;
    }
}
