using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// What a package gives the host that serves it: its name and version, its resources and
/// functions, its schema, and its own configuration (CheckConfig, DiffConfig, Configure).
/// </summary>
public interface IProviderPackage : IDisposable
{
    /// <summary>The package name, the first part of every token (<c>scpgateway</c>).</summary>
    string Name { get; }

    /// <summary>The plugin version GetPluginInfo reports, e.g. "0.1.0".</summary>
    string Version { get; }

    ResourceRegistry Registry { get; }

    /// <summary>The package schema, as GetSchema answers it.</summary>
    string SchemaJson();

    ProviderConfigCheckResult CheckConfig(PropertyMap news);

    ProviderConfigDiffResult DiffConfig(PropertyMap olds, PropertyMap news);

    /// <summary>
    /// Resolves the configuration (typed <paramref name="args"/> when the engine sent them, else
    /// the string <paramref name="variables"/>) and, when it is complete, configures
    /// <see cref="Registry"/> with the services resources are built with.
    /// </summary>
    Task<ConfigureResult> ConfigureAsync(PropertyMap? args, IReadOnlyDictionary<string, string> variables, CancellationToken cancellationToken);
}
