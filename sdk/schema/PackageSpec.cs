namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>Everything the generators read from schema.json. Resources, functions and types are sorted by token.</summary>
/// <param name="Version">The schema's version, <c>0.0.0</c> when it has none.</param>
/// <param name="Provider">The provider resource (token <c>pulumi:providers:&lt;name&gt;</c>, name <c>Provider</c>).</param>
/// <param name="Types">The object types by token.</param>
/// <param name="Enums">The enum types by token (references to them read as their primitive with <see cref="TypeRef.EnumToken"/> set).</param>
public sealed record PackageSpec(
    string Name,
    string Version,
    string Description,
    string? PluginDownloadUrl,
    CSharpSpec CSharp,
    ObjectSpec Config,
    ResourceSpec Provider,
    IReadOnlyList<ResourceSpec> Resources,
    IReadOnlyList<FunctionSpec> Functions,
    IReadOnlyDictionary<string, ObjectTypeSpec> Types,
    IReadOnlyDictionary<string, EnumTypeSpec> Enums)
{
    /// <summary>Tokens of the enum types the properties use, directly, in collections or through object types.</summary>
    public IReadOnlySet<string> EnumsReachedFrom(IEnumerable<PropertySpec> properties)
    {
        var list = properties.ToList();
        var objects = TypesReachedFrom(list).SelectMany(token => Types[token].Object.Properties);
        return list.Concat(objects)
            .Select(property => property.Type.Innermost.EnumToken)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Tokens of the object types the properties use, directly, in collections or through other object types.</summary>
    public IReadOnlySet<string> TypesReachedFrom(IEnumerable<PropertySpec> properties)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<PropertySpec>(properties);
        while (pending.TryPop(out var property))
        {
            // The reader refuses references to types the schema does not define.
            if (property.Type.Innermost.ObjectToken is { } token && reached.Add(token))
            {
                foreach (var nested in Types[token].Object.Properties)
                {
                    pending.Push(nested);
                }
            }
        }

        return reached;
    }
}

/// <summary>The schema's <c>language.csharp</c> section.</summary>
/// <param name="Namespaces">Package or module name to the C# namespace segment it maps to.</param>
/// <param name="PackageReferences">NuGet package to version, sorted by package.</param>
public sealed record CSharpSpec(
    string? RootNamespace,
    IReadOnlyDictionary<string, string> Namespaces,
    IReadOnlyDictionary<string, string> PackageReferences);
