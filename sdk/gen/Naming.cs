using System.Text;
using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.SdkGen;

/// <summary>Turns schema names into C# identifiers.</summary>
public static class Naming
{
    // Reserved C# keywords: a parameter or local with one of these names needs '@'.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>The C# class of a resource, function or object type token: <c>pkg:index:getApi</c> → <c>GetApi</c>.</summary>
    public static string ClassName(string token) => Pascal(Tokens.Member(token));

    /// <summary>The namespace of the SDK: <c>language.csharp</c>'s root namespace and the package's mapped name.</summary>
    public static string RootNamespace(PackageSpec package) =>
        $"{package.CSharp.RootNamespace ?? "Pulumi"}.{package.CSharp.Namespaces.GetValueOrDefault(package.Name) ?? Pascal(package.Name)}";

    /// <summary><c>apiKeyRequired</c> → <c>ApiKeyRequired</c>; <c>kms_id</c> → <c>KmsId</c>.</summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>A camel-case parameter name, escaped with '@' when it is a keyword.</summary>
    public static string Parameter(string name)
    {
        // Pulumi matches [OutputConstructor] parameters to wire names, so keep the wire name when it is an identifier.
        if (IsIdentifier(name))
        {
            return Keywords.Contains(name) ? "@" + name : name;
        }

        var pascal = Pascal(name);
        var camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    /// <summary>
    /// The C# property name for a schema property of <paramref name="owner"/>. A member may not share
    /// its class's name, and resources inherit members such as Urn and Id; those get a "Value" suffix.
    /// </summary>
    public static string Property(string wireName, string owner, IReadOnlySet<string> reserved)
    {
        var name = Pascal(wireName);
        return name == owner || reserved.Contains(name) ? name + "Value" : name;
    }
}
