namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>
/// An input property stored in a private field that carries the [Input] attribute: used where the
/// accessors do work (collections created on first read, secrets wrapped on write).
/// </summary>
public static class BackedProperty
{
    public static void Write(CodeWriter writer, string attribute, string fieldType, string field, string? description, string declaration, string getter, string setter)
    {
        writer.Line(attribute).Line($"private {fieldType}? {field};").Line();
        writer.Summary(description);
        writer.Line(declaration);
        using (writer.Block())
        {
            writer.Line($"get => {getter};");
            writer.Line($"set => {setter};");
        }
    }

    /// <summary>The field name for a wire name: <c>_apiId</c>.</summary>
    public static string FieldName(string wireName) => "_" + Naming.Parameter(wireName).TrimStart('@');

    /// <summary>Members every args class has (<c>Empty</c> and those of object): properties with these names are renamed.</summary>
    public static readonly IReadOnlySet<string> ArgsReserved = new HashSet<string>(StringComparer.Ordinal) { "Empty", "GetType", "ToString", "Equals", "GetHashCode" };
}
