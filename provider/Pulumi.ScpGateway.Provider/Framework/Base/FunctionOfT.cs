using Pulumi.ScpGateway.Provider.Values;

namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>
/// A function (invoke) written as one typed call. Arguments are checked like resource inputs
/// (failures go back to the program); secret result properties are wrapped.
/// </summary>
public abstract class Function<TArgs, TResult> : Function
    where TArgs : class
    where TResult : class
{
    public abstract Task<TResult> InvokeAsync(TArgs args, FunctionContext context);

    internal sealed override async Task<FunctionInvokeResult> InvokeAsync(PropertyMap args, FunctionContext context)
    {
        var check = InputChecker.Check(Declaration.Args, PropertyMap.Empty, args, naming: null);
        if (!check.Passed)
        {
            return new FunctionInvokeResult(PropertyMap.Empty, check.Failures);
        }
        var result = await InvokeAsync(ObjectReader.Read<TArgs>(check.Inputs), context);
        return new FunctionInvokeResult(ObjectWriter.Write(Declaration.Result, result), []);
    }
}
