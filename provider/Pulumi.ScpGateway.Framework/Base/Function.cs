using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>What the registry calls on any function. Derive from <see cref="Function{TArgs, TResult}"/>.</summary>
public abstract class Function
{
    private protected Function()
    {
    }

    public abstract FunctionDeclaration Declaration { get; }

    internal abstract Task<FunctionInvokeResult> InvokeAsync(PropertyMap args, FunctionContext context);
}
