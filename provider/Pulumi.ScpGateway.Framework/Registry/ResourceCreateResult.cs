using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>Create's answer: the id (empty in a preview) and the outputs.</summary>
public sealed record ResourceCreateResult(string Id, PropertyMap Properties);
