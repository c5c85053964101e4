using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>
/// Writes Enums.cs: one <c>[EnumType]</c> struct per string enum of the schema, in the shape the
/// Pulumi .NET SDK (de)serializes (a private constructor taking the value, an explicit conversion
/// back to it), with a static property per value and value equality.
/// </summary>
public static partial class EnumEmitter
{
    // Members every struct has; a value named like one of them would not compile.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "Equals", "GetHashCode", "GetType", "ToString" };

    public static void Write(CodeWriter writer, IEnumerable<EnumTypeSpec> enums)
    {
        var first = true;
        foreach (var spec in enums)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            WriteOne(writer, spec);
        }
    }

    /// <summary>The C# name of a value: the schema's <c>name</c>, else its value in Pascal case (<c>"GET"</c> → <c>Get</c>).</summary>
    public static string MemberName(EnumValueSpec value) => Naming.Pascal(value.Name ?? Pascal(value.Value));

    private static string Pascal(string value) =>
        string.Concat(NonAlphanumeric().Split(value).Where(part => part.Length > 0).Select(part =>
            char.ToUpperInvariant(part[0]) + (part.All(c => !char.IsLower(c)) ? part[1..].ToLowerInvariant() : part[1..])));

    private static void WriteOne(CodeWriter writer, EnumTypeSpec spec)
    {
        var where = $"#/types/{spec.Token}";
        if (spec.Underlying.Kind != TypeKind.String)
        {
            throw new SchemaException($"{where}: only string enums are supported, not {spec.Underlying.Kind}");
        }

        var name = Naming.Pascal(spec.Name);
        var members = spec.Values.Select(value => (Name: MemberName(value), value.Value, value.Description)).ToList();
        foreach (var clash in members.Where(member => member.Name == name || Reserved.Contains(member.Name)).Select(member => member.Name))
        {
            throw new SchemaException($"{where}: a value named {clash} would clash with a member of the {name} struct; give it another 'name'");
        }

        foreach (var duplicate in members.GroupBy(member => member.Name).Where(group => group.Count() > 1).Select(group => group.Key))
        {
            throw new SchemaException($"{where}: two values are named {duplicate}; give them distinct 'name's");
        }

        writer.Summary(spec.Description);
        writer.Line("[global::Pulumi.EnumType]");
        writer.Line($"public readonly struct {name} : global::System.IEquatable<{name}>");
        using (writer.Block())
        {
            writer.Line("private readonly string _value;");
            writer.Line();
            writer.Line($"private {name}(string value)");
            using (writer.Block())
            {
                writer.Line("_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            }

            writer.Line();
            foreach (var member in members)
            {
                writer.Summary(member.Description);
                writer.Line($"public static {name} {member.Name} {{ get; }} = new {name}({CSharpLiteral.String(member.Value)});");
            }

            writer.Line();
            writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
            writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
            writer.Line();
            writer.Line($"public static explicit operator string({name} value) => value._value;");
            writer.Line();
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
            writer.Line();
            writer.Line($"public bool Equals({name} other) => string.Equals(_value, other._value, global::System.StringComparison.Ordinal);");
            writer.Line();
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Line("public override int GetHashCode() => _value?.GetHashCode() ?? 0;");
            writer.Line();
            writer.Line("public override string ToString() => _value;");
        }
    }

    [global::System.Text.RegularExpressions.GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial global::System.Text.RegularExpressions.Regex NonAlphanumeric();
}
