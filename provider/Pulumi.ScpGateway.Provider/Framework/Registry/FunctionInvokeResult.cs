using Pulumi.ScpGateway.Provider.Values;

namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>Invoke's answer: the result, or the failures that kept the function from running.</summary>
public sealed record FunctionInvokeResult(PropertyMap Return, IReadOnlyList<CheckFailure> Failures);
