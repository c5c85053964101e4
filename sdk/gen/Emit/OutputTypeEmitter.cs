using Pulumi.ScpGateway.PackageSchema;
using static Pulumi.ScpGateway.SdkGen.Emit.PulumiNames;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>Writes an [OutputType] class: readonly fields filled by an [OutputConstructor].</summary>
public sealed class OutputTypeEmitter(TypeNames types)
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "GetType", "ToString", "Equals", "GetHashCode" };

    public void Write(CodeWriter writer, string className, ObjectSpec spec, string? description)
    {
        writer.Summary(description);
        writer.Line($"[{OutputTypeAttribute}]");
        writer.Line($"public sealed class {className}");
        using (writer.Block())
        {
            foreach (var property in spec.Properties)
            {
                writer.Summary(property.Description);
                writer.Line($"public readonly {types.Output(property.Type, property.Required)} {Naming.Property(property.Name, className, Reserved)};");
            }

            if (spec.Properties.Count > 0)
            {
                writer.Line();
            }

            writer.Line($"[{OutputConstructorAttribute}]");
            if (spec.Properties.Count == 0)
            {
                writer.Line($"private {className}()");
                using (writer.Block())
                {
                }

                return;
            }

            writer.Line($"private {className}(");
            for (var i = 0; i < spec.Properties.Count; i++)
            {
                var property = spec.Properties[i];
                var separator = i == spec.Properties.Count - 1 ? ")" : ",";
                writer.Line($"    {types.Output(property.Type, property.Required)} {Naming.Parameter(property.Name)}{separator}");
            }

            using (writer.Block())
            {
                foreach (var property in spec.Properties)
                {
                    writer.Line($"{Naming.Property(property.Name, className, Reserved)} = {Naming.Parameter(property.Name)};");
                }
            }
        }
    }
}
