using System.Diagnostics.CodeAnalysis;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A function (invoke) written as one typed call. Arguments are checked like resource inputs
/// (failures go back to the program); secret result properties are wrapped.
/// </summary>
public abstract class Function<
    [DynamicallyAccessedMembers(ObjectShape.DeclaredMembers)] TArgs,
    [DynamicallyAccessedMembers(ObjectShape.DeclaredMembers)] TResult> : Function, IDeclaredFunction
    where TArgs : class
    where TResult : class
{
    public sealed override FunctionDeclaration Declaration => FunctionDeclaration.For(GetType(), Declare);

    static FunctionDeclaration IDeclaredFunction.Declare(Type functionType) => Declare(functionType);

    public abstract Task<TResult> InvokeAsync(TArgs args, FunctionContext context);

    internal sealed override async Task<FunctionInvokeResult> InvokeAsync(PropertyMap args, FunctionContext context)
    {
        var check = InputChecker.Check(Declaration.Args, PropertyMap.Empty, args, naming: null);
        if (!check.Passed)
        {
            return new FunctionInvokeResult(PropertyMap.Empty, check.Failures);
        }
        // A function cannot run on values a preview does not know yet; say which ones, as check failures.
        var unknown = check.Inputs.Where(entry => entry.Value.ContainsUnknowns()).ToList();
        if (unknown.Count > 0)
        {
            return new FunctionInvokeResult(PropertyMap.Empty, [.. unknown.Select(entry => new CheckFailure(entry.Key, "is not known yet; a function runs only with known arguments"))]);
        }
        TResult result;
        try
        {
            result = await InvokeAsync(ObjectReader.Read<TArgs>(check.Inputs), context);
        }
        catch (Exception error) when (error is not OperationCanceledException && SecretTexts.Of(args) is { Count: > 0 } secrets
            && secrets.Any(secret => error.Message.Contains(secret, StringComparison.Ordinal)))
        {
            // Lookups quote what they looked for; an argument the program made secret must not come back in the clear.
            throw new FunctionFailedException(SecretTexts.Masked(error.Message, secrets), error);
        }
        return new FunctionInvokeResult(ObjectWriter.Write(Declaration.Result, result), []);
    }

    private static FunctionDeclaration Declare(Type functionType) =>
        new(functionType, ObjectShape.Of<TArgs>(), ObjectShape.Of<TResult>());
}
