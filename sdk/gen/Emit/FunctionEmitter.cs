using Pulumi.ScpGateway.SdkGen.Schema;
using static Pulumi.ScpGateway.SdkGen.Emit.PulumiNames;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>Writes one function file: the static class with InvokeAsync/Invoke, its two argument classes and its result.</summary>
public sealed class FunctionEmitter(TypeNames types, InputClassEmitter inputs, PlainArgsEmitter plainArgs, OutputTypeEmitter outputs)
{
    public void Write(CodeWriter writer, FunctionSpec function)
    {
        var plain = $"{function.Name}Args";
        var invoke = $"{function.Name}InvokeArgs";
        var result = Qualified($"{function.Name}Result");
        var required = function.Inputs.Required.Count > 0;
        var token = CSharpLiteral.String(function.Token);
        var withDefaults = $"global::{types.RootNamespace}.Utilities.WithDefaults(options)";

        writer.Line($"public static class {function.Name}");
        using (writer.Block())
        {
            writer.Summary(function.Description);
            writer.Line($"public static {TaskOfT}<{result}> InvokeAsync({Parameter(plain, required)}, {InvokeOptions}? options = null)");
            writer.Line($"    => global::Pulumi.Deployment.Instance.InvokeAsync<{result}>({token}, args ?? new {Qualified(plain)}(), {withDefaults});");
            writer.Line();
            writer.Summary(function.Description);
            writer.Line($"public static {Output}<{result}> Invoke({Parameter(invoke, required)}, {InvokeOptions}? options = null)");
            writer.Line($"    => global::Pulumi.Deployment.Instance.Invoke<{result}>({token}, args ?? new {Qualified(invoke)}(), {withDefaults});");
        }

        writer.Line();
        plainArgs.Write(writer, plain, function.Inputs);
        writer.Line();
        inputs.Write(writer, new InputClass(invoke, InvokeArgs, function.Inputs, InputFlavor.Args), null);
        writer.Line();
        outputs.Write(writer, $"{function.Name}Result", function.Outputs, null);
    }

    private string Parameter(string className, bool required) =>
        required ? $"{Qualified(className)} args" : $"{Qualified(className)}? args = null";

    private string Qualified(string name) => $"global::{types.RootNamespace}.{name}";
}
