using Pulumi.ScpGateway.PackageSchema;
using static Pulumi.ScpGateway.SdkGen.Emit.PulumiNames;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>Writes the static typed accessors over the package's configuration namespace.</summary>
public sealed class ConfigEmitter(TypeNames types)
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "GetType", "ToString", "Equals", "GetHashCode" };

    public void Write(CodeWriter writer, string packageName, ObjectSpec config)
    {
        writer.Line("public static class Config");
        using (writer.Block())
        {
            writer.Line($"private static readonly global::Pulumi.Config __config = new global::Pulumi.Config({CSharpLiteral.String(packageName)});");
            foreach (var property in config.Properties)
            {
                writer.Line();
                writer.Summary(property.Description);
                var (type, read) = Accessor(property, property.Required);
                writer.Line($"public static {type} {Naming.Property(property.Name, "Config", Reserved)} => {read};");
            }
        }
    }

    private (string Type, string Read) Accessor(PropertySpec property, bool required)
    {
        var key = CSharpLiteral.String(property.Name);
        var (suffix, valueType) = property.Type.Kind switch
        {
            TypeKind.String => ("", "string"),
            TypeKind.Integer => ("Int32", "int"),
            TypeKind.Number => ("Double", "double"),
            TypeKind.Boolean => ("Boolean", "bool"),
            TypeKind.Array or TypeKind.Map => ($"Object<{types.Output(property.Type)}>", types.Output(property.Type)),
            _ => throw new SchemaException($"config {property.Name}: {property.Type.Kind} values are not supported"),
        };

        if (required)
        {
            // A required key fails at the first read, with the Pulumi config error naming it.
            return property.Secret
                ? ($"{Output}<{valueType}>", $"__config.RequireSecret{suffix}({key})")
                : (valueType, $"__config.Require{suffix}({key})");
        }

        var (fallback, fallbackMayBeNull) = Fallback(property);
        if (property.Secret)
        {
            var read = $"__config.GetSecret{suffix}({key})";
            return fallback switch
            {
                null => ($"{Output}<{valueType}>?", read),
                _ when fallbackMayBeNull => ($"{Output}<{valueType}>?", $"{read} ?? ({fallback} is {{ }} environmentValue ? {Output}.CreateSecret(environmentValue) : null)"),
                _ => ($"{Output}<{valueType}>", $"{read} ?? {Output}.CreateSecret({fallback})"),
            };
        }

        var get = $"__config.Get{suffix}({key})";
        return fallback is null
            ? (valueType + "?", get)
            : (fallbackMayBeNull ? valueType + "?" : valueType, $"{get} ?? {fallback}");
    }

    /// <summary>What to use when the key is not set: the schema default, then the environment variables it names.</summary>
    private (string? Expression, bool MayBeNull) Fallback(PropertySpec property)
    {
        var literal = CSharpLiteral.Default(property);
        if (property.DefaultEnvironment.Count == 0)
        {
            return (literal, literal is null);
        }

        var reader = property.Type.Kind switch
        {
            TypeKind.String => "GetEnv",
            TypeKind.Integer => "GetEnvInt32",
            TypeKind.Number => "GetEnvDouble",
            TypeKind.Boolean => "GetEnvBoolean",
            _ => throw new SchemaException($"config {property.Name}: environment defaults need a primitive type"),
        };
        var lookup = $"global::{types.RootNamespace}.Utilities.{reader}({string.Join(", ", property.DefaultEnvironment.Select(CSharpLiteral.String))})";
        return literal is null ? (lookup, true) : ($"{lookup} ?? {literal}", false);
    }
}
