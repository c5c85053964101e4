using Pulumi.ScpGateway.PackageSchema;
using static Pulumi.ScpGateway.SdkGen.Emit.PulumiNames;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>Writes one function file: the static class with InvokeAsync/Invoke, its two argument classes and its result.</summary>
public sealed class FunctionEmitter(TypeNames types, InputClassEmitter inputs, PlainArgsEmitter plainArgs, OutputTypeEmitter outputs)
{
    public void Write(CodeWriter writer, FunctionSpec function)
    {
        var name = Naming.Pascal(function.Name);
        var plain = $"{name}Args";
        var invoke = $"{name}InvokeArgs";
        var result = Qualified($"{name}Result");
        var required = function.Inputs.HasRequired;
        var token = CSharpLiteral.String(function.Token);
        var withDefaults = $"global::{types.RootNamespace}.Utilities.WithDefaults(options)";

        writer.Line($"public static class {name}");
        using (writer.Block())
        {
            writer.Summary(function.Description);
            writer.Line($"public static {TaskOfT}<{result}> InvokeAsync({Parameter(plain, required)}, {InvokeOptions}? options = null)");
            writer.Line($"    => global::Pulumi.Deployment.Instance.InvokeAsync<{result}>({token}, args ?? new {Qualified(plain)}(), {withDefaults});");
            writer.Line();
            writer.Summary(function.Description);
            writer.Line($"public static {Output}<{result}> Invoke({Parameter(invoke, required)}, {InvokeOptions}? options = null)");
            writer.Line($"    => global::Pulumi.Deployment.Instance.Invoke<{result}>({token}, args ?? new {Qualified(invoke)}(), {withDefaults});");
            writer.Line();

            // As the Pulumi SDK has it: output invoke options carry DependsOn, so the invoke waits for those resources.
            writer.Summary(function.Description);
            writer.Line($"public static {Output}<{result}> Invoke({Qualified(invoke)} args, {InvokeOutputOptions} options)");
            writer.Line($"    => global::Pulumi.Deployment.Instance.Invoke<{result}>({token}, args ?? new {Qualified(invoke)}(), {withDefaults});");
        }

        writer.Line();
        plainArgs.Write(writer, plain, function.Inputs);
        writer.Line();
        inputs.Write(writer, new InputClass(invoke, InvokeArgs, function.Inputs, InputFlavor.Args), null);
        writer.Line();
        outputs.Write(writer, $"{name}Result", Outputs(function), null);
    }

    /// <summary>The result object; the SDK has no shape for an invoke that returns nothing.</summary>
    public static ObjectSpec Outputs(FunctionSpec function) =>
        function.Outputs ?? throw new SchemaException($"function {function.Token}: functions without outputs are not supported");

    private string Parameter(string className, bool required) =>
        required ? $"{Qualified(className)} args" : $"{Qualified(className)}? args = null";

    private string Qualified(string name) => $"global::{types.RootNamespace}.{name}";
}
