using System.Globalization;
using System.Text;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>
/// The adopted objects as a C# Pulumi program on the generated SDK (sdk/dotnet): the same resources,
/// names, inputs and comments as the YAML program, each with <c>ImportId</c> in its options. Values of
/// an enum-typed input are written as the SDK's enum members (<c>ScpGateway.MethodType.Get</c>).
/// </summary>
public static class CSharpProgramWriter
{
    public static string Write(IReadOnlyList<AdoptedResource> resources, Func<string, ResourceDeclaration> declarationOf)
    {
        ArgumentNullException.ThrowIfNull(declarationOf);
        var code = new StringBuilder();
        code.Append("// Written by `pulumi-resource-scpgateway adopt`: the first `pulumi up` imports every resource below\n");
        code.Append("// (ImportId) and changes nothing. Once imported, the ImportId options may be deleted.\n\n");
        code.Append("using Pulumi;\nusing ScpGateway = Pulumi.ScpGateway;\n\n");
        code.Append("return await Deployment.RunAsync(() =>\n{\n");
        var first = true;
        foreach (var resource in resources)
        {
            if (!first)
            {
                code.Append('\n');
            }
            first = false;
            var type = resource.Found.Type;
            var args = declarationOf(resource.Found.Token).Args;
            code.Append(CultureInfo.InvariantCulture, $"    var {resource.Name} = new ScpGateway.{type}({Text(resource.Name)}, new ScpGateway.{type}Args\n    {{\n");
            foreach (var (name, value) in resource.Inputs)
            {
                Property(code, name, value, args.Find(name)?.Enum);
            }
            var ignored = new List<string>();
            foreach (var input in resource.NotReadable)
            {
                code.Append(CultureInfo.InvariantCulture, $"        // {Pascal(input.Name)}: {AdoptComments.NotReadable(input)}\n");
                if (input.Placeholder is { } placeholder)
                {
                    Property(code, input.Name, new AdoptValue.Literal(placeholder), args.Find(input.Name)?.Enum);
                    ignored.Add(input.Name);
                }
            }
            code.Append(CultureInfo.InvariantCulture, $"    }}, new CustomResourceOptions\n    {{\n        ImportId = {Text(resource.Found.ImportId)},\n");
            if (ignored.Count > 0)
            {
                code.Append(CultureInfo.InvariantCulture, $"        IgnoreChanges = {{ {string.Join(", ", ignored.Select(Text))} }},\n");
            }
            code.Append("    });\n");
        }
        code.Append("});\n");
        return code.ToString();
    }

    private static void Property(StringBuilder code, string name, AdoptValue value, EnumDeclaration? enumType)
    {
        var member = Pascal(name);
        switch (value)
        {
            case AdoptValue.Literal { Value: var literal } when literal.ContainsSecrets():
                code.Append(CultureInfo.InvariantCulture, $"        // {member}: {AdoptComments.Secret}\n");
                break;
            case AdoptValue.Literal { Value: { Kind: PropertyValueKind.Array } list }:
                code.Append(CultureInfo.InvariantCulture, $"        {member} = {{ {string.Join(", ", list.AsArray.Select(item => Literal(item, enumType)))} }},\n");
                break;
            case AdoptValue.Items { Values: var items }:
                code.Append(CultureInfo.InvariantCulture, $"        {member} = {{ {string.Join(", ", items.Select(item => Expression(item, enumType)))} }},\n");
                break;
            case AdoptValue.Literal { Value: { Kind: PropertyValueKind.Object } map }:
                var entries = map.AsObject.Select(pair => $"{{ {Text(pair.Key)}, {Literal(pair.Value, enumType)} }}");
                code.Append(CultureInfo.InvariantCulture, $"        {member} = {{ {string.Join(", ", entries)} }},\n");
                break;
            default:
                code.Append(CultureInfo.InvariantCulture, $"        {member} = {Expression(value, enumType)},\n");
                break;
        }
    }

    private static string Expression(AdoptValue value, EnumDeclaration? enumType) => value switch
    {
        AdoptValue.Reference reference => $"{reference.Resource}.{Pascal(reference.Output)}",
        AdoptValue.Literal literal => Literal(literal.Value, enumType),
        _ => throw new InvalidOperationException("a list inside a list is not an input of this package"),
    };

    private static string Literal(PropertyValue value, EnumDeclaration? enumType) => value.Kind switch
    {
        PropertyValueKind.String when enumType?.Values.FirstOrDefault(declared => string.Equals(declared.Value, value.AsString, StringComparison.OrdinalIgnoreCase)) is { } member =>
            $"ScpGateway.{enumType.Name}.{member.Name}",
        PropertyValueKind.String => Text(value.AsString),
        PropertyValueKind.Bool => value.AsBool ? "true" : "false",
        PropertyValueKind.Number when value.AsNumber == Math.Floor(value.AsNumber) && Math.Abs(value.AsNumber) <= int.MaxValue =>
            ((long)value.AsNumber).ToString(CultureInfo.InvariantCulture),
        PropertyValueKind.Number => value.AsNumber.ToString("R", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"adopt cannot write a {value.Kind} value in C#"),
    };

    private static string Text(string text) => YamlProgramWriter.Quoted(text);

    /// <summary>The SDK's member name of a wire name: <c>apiKeyRequired</c> is <c>ApiKeyRequired</c>.</summary>
    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
