using Pulumi.ScpGateway.PackageSchema;
using static Pulumi.ScpGateway.SdkGen.Emit.PulumiNames;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>Which family of generated input classes an object reference points to.</summary>
public enum InputFlavor
{
    /// <summary><c>Inputs.XArgs</c>: resource arguments and invoke arguments.</summary>
    Args,

    /// <summary><c>Inputs.XGetArgs</c>: the state passed to <c>Get</c>.</summary>
    GetArgs,
}

/// <summary>Maps schema types to the C# types the generated SDK declares.</summary>
/// <param name="enums">The package's enum types, by token.</param>
public sealed class TypeNames(string rootNamespace, IReadOnlyDictionary<string, EnumTypeSpec> enums)
{
    public string RootNamespace { get; } = rootNamespace;

    /// <summary>The enum struct of an enum type: <c>global::Root.MethodType</c>.</summary>
    public string Enum(string token) => $"global::{RootNamespace}.{Naming.ClassName(token)}";

    /// <summary>
    /// The schema default of a property as a C# expression, null when it has none; a default of an
    /// enum-typed property is the enum's member (<c>EndpointType.Region</c>), as the property's type needs.
    /// </summary>
    public string? Default(PropertySpec property)
    {
        var literal = CSharpLiteral.Default(property);
        if (literal is null || property.Type.EnumToken is not { } token)
        {
            return literal;
        }

        var member = enums[token].Values.FirstOrDefault(value => value.Value == property.Default!.Text)
            ?? throw new SchemaException($"{property.Name}: default '{property.Default!.Text}' is not a value of {token}");
        return $"{Enum(token)}.{EnumEmitter.MemberName(member)}";
    }

    /// <summary>The value type carried by outputs and by [OutputType] fields.</summary>
    public string Output(TypeRef type) => type.Kind switch
    {
        _ when type.EnumToken is { } token => Enum(token),
        TypeKind.Array => $"{ImmutableArray}<{Output(type.Element!)}>",
        TypeKind.Map => $"{ImmutableDictionary}<string, {Output(type.Element!)}>",
        TypeKind.Object => $"global::{RootNamespace}.Outputs.{Naming.ClassName(type.ObjectToken!)}",
        _ => Primitive(type),
    };

    /// <summary><see cref="Output(TypeRef)"/> made nullable when the property is optional.</summary>
    public string Output(TypeRef type, bool required) =>
        required || type.Kind == TypeKind.Array ? Output(type) : Output(type) + "?";

    /// <summary>The property type of an input: Input&lt;T&gt;, InputList&lt;T&gt; or InputMap&lt;T&gt;.</summary>
    public string Input(TypeRef type, InputFlavor flavor) => type.Kind switch
    {
        TypeKind.Array => $"{InputList}<{InputElement(type.Element!, flavor)}>",
        TypeKind.Map => $"{InputMap}<{InputElement(type.Element!, flavor)}>",
        _ => $"{PulumiNames.Input}<{InputElement(type, flavor)}>",
    };

    /// <summary>The property type of a plain (non-Input) invoke argument.</summary>
    public string Plain(TypeRef type) => type.Kind switch
    {
        _ when type.EnumToken is { } token => Enum(token),
        TypeKind.Array => $"{List}<{Plain(type.Element!)}>",
        TypeKind.Map => $"{Dictionary}<string, {Plain(type.Element!)}>",
        TypeKind.Object => throw new SchemaException($"object type '{type.ObjectToken}' as a plain function argument is not supported"),
        _ => Primitive(type),
    };

    private string InputElement(TypeRef type, InputFlavor flavor) => type.Kind switch
    {
        _ when type.EnumToken is { } token => Enum(token),
        TypeKind.Array => $"{ImmutableArray}<{InputElement(type.Element!, flavor)}>",
        TypeKind.Map => $"{ImmutableDictionary}<string, {InputElement(type.Element!, flavor)}>",
        TypeKind.Object => $"global::{RootNamespace}.Inputs.{Naming.ClassName(type.ObjectToken!)}{(flavor == InputFlavor.GetArgs ? "GetArgs" : "Args")}",
        _ => Primitive(type),
    };

    private static string Primitive(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Integer => "int",
        TypeKind.Number => "double",
        TypeKind.Boolean => "bool",
        TypeKind.Any => "object",
        TypeKind.Json => "global::System.Text.Json.JsonElement",
        _ => throw new InvalidOperationException($"not a primitive: {type.Kind}"),
    };
}
