using Pulumi.ScpGateway.PackageSchema;
using static Pulumi.ScpGateway.SdkGen.Emit.PulumiNames;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>What one generated input class looks like.</summary>
/// <param name="ClassName">The C# class name.</param>
/// <param name="BaseType">ResourceArgs or InvokeArgs.</param>
/// <param name="Spec">Its properties; required ones become <c>required: true</c>.</param>
/// <param name="Flavor">Which family nested object references use.</param>
/// <param name="JsonEncodeNonStrings">Provider arguments travel as JSON strings when they are not strings.</param>
public sealed record InputClass(string ClassName, string BaseType, ObjectSpec Spec, InputFlavor Flavor, bool JsonEncodeNonStrings = false);

/// <summary>Writes an input class: resource Args and State, nested Inputs, invoke Args, ProviderArgs.</summary>
public sealed class InputClassEmitter(TypeNames types)
{
    private static readonly IReadOnlySet<string> Reserved = BackedProperty.ArgsReserved;

    public void Write(CodeWriter writer, InputClass input, string? description)
    {
        writer.Summary(description);
        writer.Line($"public sealed class {input.ClassName} : {input.BaseType}");
        using (writer.Block())
        {
            foreach (var property in input.Spec.Properties)
            {
                WriteProperty(writer, input, property);
                writer.Line();
            }

            writer.Line($"public {input.ClassName}()");
            using (writer.Block())
            {
                foreach (var property in input.Spec.Properties)
                {
                    WriteDefault(writer, input.ClassName, property);
                }
            }

            writer.Line();
            writer.Line($"public static new {input.ClassName} Empty => new {input.ClassName}();");
        }
    }

    private void WriteProperty(CodeWriter writer, InputClass input, PropertySpec property)
    {
        var name = Naming.Property(property.Name, input.ClassName, Reserved);
        var type = types.Input(property.Type, input.Flavor);
        var required = property.Required;
        var json = input.JsonEncodeNonStrings && property.Type.Kind != TypeKind.String;
        var attribute = $"[{InputAttribute}({CSharpLiteral.String(property.Name)}{(required ? ", required: true" : "")}{(json ? ", json: true" : "")})]";
        var field = BackedProperty.FieldName(property.Name);

        // A secret setter marks the value secret before it ever reaches the engine.
        var setter = property.Secret
            ? $"{field} = value is null ? null : ({type}){Output}.CreateSecret(value.ToOutput())"
            : $"{field} = value";
        if (property.Type.IsCollection)
        {
            // Collections are created on first read so that callers can Add to them directly.
            BackedProperty.Write(writer, attribute, type, field, property.Description, $"public {type} {name}", $"{field} ?? ({field} = new {type}())", setter);
            return;
        }

        if (property.Secret)
        {
            BackedProperty.Write(writer, attribute, type, field, property.Description, $"public {type}? {name}", field, setter);
            return;
        }

        writer.Summary(property.Description);
        writer.Line(attribute);
        writer.Line(required ? $"public {type} {name} {{ get; set; }} = null!;" : $"public {type}? {name} {{ get; set; }}");
    }

    private void WriteDefault(CodeWriter writer, string className, PropertySpec property)
    {
        var literal = types.Default(property);
        if (literal is null && property.DefaultEnvironment.Count == 0)
        {
            return;
        }

        if (property.Type.IsCollection || property.Type.Kind == TypeKind.Object)
        {
            throw new SchemaException($"{className}.{property.Name}: defaults are supported for primitive properties only");
        }

        if (property.Type.EnumToken is not null && property.DefaultEnvironment.Count > 0)
        {
            throw new SchemaException($"{className}.{property.Name}: environment defaults are not supported for enum-typed properties");
        }

        var name = Naming.Property(property.Name, className, Reserved);
        if (property.DefaultEnvironment.Count == 0)
        {
            writer.Line($"{name} = {literal};");
            return;
        }

        var variables = string.Join(", ", property.DefaultEnvironment.Select(CSharpLiteral.String));
        var lookup = $"global::{types.RootNamespace}.Utilities.{EnvironmentReader(property.Type)}({variables})";
        if (literal is not null)
        {
            writer.Line($"{name} = {lookup} ?? {literal};");
            return;
        }

        writer.Line($"if ({lookup} is {{ }} {field(name)})");
        using (writer.Block())
        {
            writer.Line($"{name} = {field(name)};");
        }

        static string field(string name) => "environment" + name;
    }

    private static string EnvironmentReader(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "GetEnv",
        TypeKind.Integer => "GetEnvInt32",
        TypeKind.Number => "GetEnvDouble",
        TypeKind.Boolean => "GetEnvBoolean",
        _ => throw new SchemaException($"environment defaults are not supported for {type.Kind} properties"),
    };
}
