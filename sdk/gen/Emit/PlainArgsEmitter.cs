using Pulumi.ScpGateway.PackageSchema;
using static Pulumi.ScpGateway.SdkGen.Emit.PulumiNames;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>Writes the plain-valued argument class of <c>InvokeAsync</c> (values, not Input&lt;T&gt;).</summary>
public sealed class PlainArgsEmitter(TypeNames types)
{
    private static readonly IReadOnlySet<string> Reserved = BackedProperty.ArgsReserved;

    public void Write(CodeWriter writer, string className, ObjectSpec spec)
    {
        writer.Line($"public sealed class {className} : {InvokeArgs}");
        using (writer.Block())
        {
            foreach (var property in spec.Properties)
            {
                WriteProperty(writer, className, spec, property);
                writer.Line();
            }

            writer.Line($"public {className}()");
            using (writer.Block())
            {
                foreach (var property in spec.Properties.Where(p => p.Default is not null))
                {
                    writer.Line($"{Naming.Property(property.Name, className, Reserved)} = {types.Default(property)};");
                }
            }

            writer.Line();
            writer.Line($"public static new {className} Empty => new {className}();");
        }
    }

    private void WriteProperty(CodeWriter writer, string className, ObjectSpec spec, PropertySpec property)
    {
        var name = Naming.Property(property.Name, className, Reserved);
        var type = types.Plain(property.Type);
        var required = property.Required;
        var attribute = $"[{InputAttribute}({CSharpLiteral.String(property.Name)}{(required ? ", required: true" : "")})]";

        if (property.Type.IsCollection)
        {
            var field = BackedProperty.FieldName(property.Name);
            BackedProperty.Write(writer, attribute, type, field, property.Description, $"public {type} {name}", $"{field} ?? ({field} = new {type}())", $"{field} = value");
            return;
        }

        writer.Summary(property.Description);
        writer.Line(attribute);
        var referenceType = property.Type.Kind is TypeKind.String or TypeKind.Any;
        writer.Line(required
            ? $"public {type} {name} {{ get; set; }}{(referenceType ? " = null!;" : "")}"
            : $"public {type}? {name} {{ get; set; }}");
    }
}
