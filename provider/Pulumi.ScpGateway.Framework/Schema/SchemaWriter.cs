using System.Text.Json.Nodes;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Emits the schema's resources, functions and the nested record types they use, following
/// Pulumi's package metaschema, from the same declarations Check and Diff use.
/// </summary>
internal sealed class SchemaWriter
{
    private readonly JsonObject _types = [];
    private readonly HashSet<Type> _written = [];

    public SchemaSections Write(IEnumerable<ResourceDeclaration> resources, IEnumerable<FunctionDeclaration> functions)
    {
        var resourceSection = new JsonObject();
        foreach (var resource in resources.OrderBy(resource => resource.Token, StringComparer.Ordinal))
        {
            resourceSection[resource.Token] = Resource(resource);
        }
        var functionSection = new JsonObject();
        foreach (var function in functions.OrderBy(function => function.Token, StringComparer.Ordinal))
        {
            functionSection[function.Token] = Function(function);
        }
        // Sorted like the other sections, so schema.json diffs stay small when a type is added.
        var typeSection = new JsonObject();
        foreach (var (token, spec) in _types.OrderBy(entry => entry.Key, StringComparer.Ordinal).ToList())
        {
            _types.Remove(token);
            typeSection[token] = spec;
        }
        return new SchemaSections(resourceSection, functionSection, typeSection);
    }

    private JsonObject Resource(ResourceDeclaration resource) => new()
    {
        ["description"] = resource.Description + ImportSection(resource),
        ["properties"] = Properties(resource.State.Properties),
        ["required"] = Names(resource.State.Properties.Where(property => property.AlwaysInOutputs)),
        ["inputProperties"] = Properties(resource.Args.Inputs),
        ["requiredInputs"] = Names(resource.Args.Inputs.Where(property => property.RequiredInput)),
        // What Get(name, id, state) accepts: every property, all optional (SDKs generate the XState class from it).
        ["stateInputs"] = new JsonObject
        {
            ["description"] = $"Input properties used for looking up and filtering {resource.Name} resources.",
            ["properties"] = Properties(resource.State.Properties),
            ["type"] = "object",
        },
    };

    private JsonObject Function(FunctionDeclaration function) => new()
    {
        ["description"] = function.Description,
        ["inputs"] = ObjectType(function.Args),
        ["outputs"] = ObjectType(function.Result),
    };

    private static string ImportSection(ResourceDeclaration resource)
    {
        var example = "my-" + string.Concat(resource.Name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        return $"\n\n## Import\n\n```sh\n$ pulumi import {resource.Token} {example} {resource.ImportId.Display}\n```\n";
    }

    private JsonObject ObjectType(ObjectShape shape) => new()
    {
        ["type"] = "object",
        ["properties"] = Properties(shape.Properties),
        ["required"] = Names(shape.Properties.Where(property => property.IsInput ? property.RequiredInput : !property.IsNullable)),
    };

    private JsonObject Properties(IEnumerable<PropertyDeclaration> properties)
    {
        var specs = new JsonObject();
        foreach (var property in properties)
        {
            specs[property.Name] = Property(property);
        }
        return specs;
    }

    /// <summary>
    /// A provider's config variables (also its <c>provider.inputProperties</c>): each input's type,
    /// description, secrecy and default. Config takes scalars only.
    /// </summary>
    public JsonObject ConfigVariables(ObjectShape shape)
    {
        var variables = new JsonObject();
        foreach (var property in shape.Inputs)
        {
            var spec = Property(property);
            spec.Remove("willReplaceOnChanges");
            variables[property.Name] = spec;
        }
        return variables;
    }

    private JsonObject Property(PropertyDeclaration property)
    {
        var spec = TypeSpec(property.Type, property.Enum);
        spec["description"] = Description(property);
        if (property.Secret)
        {
            spec["secret"] = true;
        }
        if (property.DefaultJson is { } defaultValue)
        {
            spec["default"] = defaultValue switch
            {
                string text => JsonValue.Create(text),
                bool flag => JsonValue.Create(flag),
                int number => JsonValue.Create(number),
                long number => JsonValue.Create(number),
                _ => JsonValue.Create((double)defaultValue),
            };
        }
        if (property.Replace)
        {
            spec["willReplaceOnChanges"] = true;
        }
        return spec;
    }

    private static string Description(PropertyDeclaration property)
    {
        var text = property.Description;
        if (property.Autoname != AutonameStyle.None)
        {
            text += " If omitted, a name is made from the resource's logical name and a random suffix.";
        }
        if (property.NotReadableReason is { } reason)
        {
            text += $" {reason} Refresh keeps the value from the program; import leaves it out.";
        }
        return text;
    }

    /// <summary>The type of a property; with <paramref name="enumType"/>, its strings (or list or map elements) refer to that enum type.</summary>
    private JsonObject TypeSpec(PropertyType type, EnumDeclaration? enumType = null) => type.Kind switch
    {
        PropertyKind.String when enumType is not null => new() { ["$ref"] = "#/types/" + EnumType(enumType) },
        PropertyKind.String => new() { ["type"] = "string" },
        PropertyKind.Bool => new() { ["type"] = "boolean" },
        PropertyKind.Integer or PropertyKind.Long => new() { ["type"] = "integer" },
        PropertyKind.Number => new() { ["type"] = "number" },
        PropertyKind.Array => new() { ["type"] = "array", ["items"] = TypeSpec(type.Element!, enumType) },
        PropertyKind.Map => new() { ["type"] = "object", ["additionalProperties"] = TypeSpec(type.Element!, enumType) },
        _ => new() { ["$ref"] = "#/types/" + NestedType(type.Shape) },
    };

    /// <summary>Registers an enum type the Pulumi way (<c>type: string</c> and its <c>enum</c> values) and returns its token.</summary>
    private string EnumType(EnumDeclaration declaration)
    {
        var token = declaration.Token;
        if (_written.Add(declaration.ClrType))
        {
            var values = new JsonArray();
            foreach (var value in declaration.Values)
            {
                var spec = new JsonObject { ["name"] = value.Name, ["value"] = value.Value };
                if (value.Description.Length > 0)
                {
                    spec["description"] = value.Description;
                }
                values.Add((JsonNode)spec);
            }
            _types[token] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = declaration.Description,
                ["enum"] = values,
            };
        }
        return token;
    }

    private string NestedType(ObjectShape shape)
    {
        var token = PackageTokens.For(shape.ClrType, shape.TypeName);
        if (_written.Add(shape.ClrType))
        {
            var spec = ObjectType(shape);
            if (shape.Description.Length > 0)
            {
                spec["description"] = shape.Description;
            }
            _types[token] = spec;
        }
        return token;
    }

    private static JsonArray Names(IEnumerable<PropertyDeclaration> properties) =>
        [.. properties.Select(property => (JsonNode)JsonValue.Create(property.Name))];
}
