using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.Provider.Configuration;
using Pulumi.ScpGateway.Provider.Resources;
using Pulumi.ScpGateway.Scp;

[assembly: Package(Pulumi.ScpGateway.Provider.PackageSchema.PackageName)]

namespace Pulumi.ScpGateway.Provider;

/// <summary>
/// The scpgateway package as the host serves it: the catalog of resources and functions, the
/// schema, and the provider's configuration, which resolves SCP settings and builds the SCP
/// clients resources are made with.
/// </summary>
public sealed class ScpGatewayPackage(ResourceRegistry registry, ScpSettingsResolver settingsResolver, string? version = null) : IProviderPackage
{
    private ScpClients? _clients;

    public string Name => PackageSchema.PackageName;

    public string Version { get; } = version ?? PackageVersion.Of(typeof(ScpGatewayPackage).Assembly);

    public ResourceRegistry Registry { get; } = registry;

    /// <summary>The resolved SCP settings after a successful Configure; null before it.</summary>
    public ScpSettings? Settings { get; private set; }

    /// <summary>The package with every resource and function, configured from this process's environment and <c>~/.scpconf</c>.</summary>
    public static ScpGatewayPackage ForCurrentProcess(CreateJournal? journal = null) =>
        new(PackageCatalog.Create().WithCreateJournal(journal), ScpSettingsResolver.ForCurrentProcess());

    public string SchemaJson() => PackageSchema.ToJson(PackageSchema.Build(Version, Registry.Schema()));

    public ProviderConfigCheckResult CheckConfig(PropertyMap news) => ProviderConfigSchema.Declared.Check(news);

    public ProviderConfigDiffResult DiffConfig(PropertyMap olds, PropertyMap news) => ProviderConfigSchema.Declared.Diff(olds, news);

    public async Task<ConfigureResult> ConfigureAsync(PropertyMap? args, IReadOnlyDictionary<string, string> variables, CancellationToken cancellationToken)
    {
        var result = await ProviderConfigure.ResolveAsync(args, variables, settingsResolver, cancellationToken).ConfigureAwait(false);
        if (result.Settings is not { } settings)
        {
            return new ConfigureResult { Problems = result.Problems, MissingKeys = result.MissingKeys, UnknownKeys = result.UnknownKeys };
        }
        Settings = settings;
        var previous = _clients;
        _clients = ScpClients.Create(settings, options: new ScpClientOptions { ProviderVersion = Version });
        Registry.Configure(PackageCatalog.Services(_clients));
        previous?.Dispose();
        return new ConfigureResult { Summary = $"API Gateway at {settings.ApiGatewayEndpoint}, Queue Service at {settings.QueueServiceEndpoint}" };
    }

    public void Dispose() => _clients?.Dispose();
}
