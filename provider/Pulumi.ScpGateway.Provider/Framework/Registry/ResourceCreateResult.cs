using Pulumi.ScpGateway.Provider.Values;

namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>Create's answer: the id (empty in a preview) and the outputs.</summary>
public sealed record ResourceCreateResult(string Id, PropertyMap Properties);
