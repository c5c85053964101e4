using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>The string must be an absolute http:// or https:// URL with a host.</summary>
public sealed class AbsoluteUrlAttribute : PropertyRuleAttribute
{
    protected internal override string? Problem(PropertyValue value) =>
        value.Kind == PropertyValueKind.String
        && Uri.TryCreate(value.AsString, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
            ? null
            : "must be an absolute http:// or https:// URL";
}
