using System.Collections.Concurrent;
using Pulumi.ScpGateway.EngineSimulator.Yaml;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>
/// The names a running program sees: finished resources (outputs plus <c>id</c> and <c>urn</c>),
/// evaluated variables, config, and <c>pulumi.stack</c>/<c>pulumi.project</c>. Invokes go to the provider.
/// </summary>
public sealed class ProgramScope(string project, string stack, PropertyMap config, ResourceCalls calls) : IExpressionScope
{
    private readonly ConcurrentDictionary<string, ScopeValue> values = new(StringComparer.Ordinal);

    public void PublishVariable(string name, PropertyValue value) => values[name] = new ScopeValue(value, false);

    /// <summary>Makes a resource readable. In preview a planned resource's missing outputs read as unknown.</summary>
    public void PublishResource(string name, string urn, string id, PropertyMap outputs, bool planned)
    {
        var value = outputs
            .With("id", planned && id.Length == 0 ? PropertyValue.Unknown : PropertyValue.FromString(id))
            .With("urn", urn);
        values[name] = new ScopeValue(PropertyValue.FromObject(value), planned);
    }

    public bool TryResolve(string root, out ScopeValue value)
    {
        if (values.TryGetValue(root, out value!))
        {
            return true;
        }

        if (root == "pulumi")
        {
            value = new ScopeValue(PropertyValue.FromObject(PropertyMap.Empty.With("stack", stack).With("project", project)), false);
            return true;
        }

        if (config.TryGetValue(root, out var configured))
        {
            value = new ScopeValue(configured, false);
            return true;
        }

        return false;
    }

    public Task<PropertyValue> InvokeAsync(string function, PropertyMap arguments, string location, CancellationToken cancellationToken) =>
        calls.InvokeAsync(function, arguments, location, cancellationToken);
}
