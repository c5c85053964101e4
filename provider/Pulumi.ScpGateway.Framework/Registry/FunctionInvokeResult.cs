using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>Invoke's answer: the result, or the failures that kept the function from running.</summary>
public sealed record FunctionInvokeResult(PropertyMap Return, IReadOnlyList<CheckFailure> Failures);
