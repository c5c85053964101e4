using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Yaml;

/// <summary>What a reference's root names: a value, and whether a missing property of it is still unknown (preview).</summary>
public sealed record ScopeValue(PropertyValue Value, bool MissingIsUnknown);

/// <summary>The names an expression can see (resources, variables, config) and the functions it can call.</summary>
public interface IExpressionScope
{
    bool TryResolve(string root, out ScopeValue value);

    Task<PropertyValue> InvokeAsync(string function, PropertyMap arguments, string location, CancellationToken cancellationToken);
}
