using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Yaml;

/// <summary>
/// A parsed Pulumi YAML value. <see cref="Location"/> names where it was written
/// (e.g. <c>resources.api.properties.name</c>) so evaluation errors point at the program.
/// </summary>
public abstract record Expression(string Location);

public sealed record LiteralExpression(PropertyValue Value, string Location) : Expression(Location);

public sealed record ArrayExpression(IReadOnlyList<Expression> Items, string Location) : Expression(Location);

public sealed record ObjectExpression(IReadOnlyList<KeyValuePair<string, Expression>> Entries, string Location) : Expression(Location);

/// <summary>A string with <c>${...}</c> parts; a lone reference keeps the referenced value's type.</summary>
public sealed record InterpolationExpression(IReadOnlyList<InterpolationPart> Parts, string Location) : Expression(Location);

/// <summary>Literal text, or a reference, inside an interpolated string.</summary>
public sealed record InterpolationPart(string? Text, ReferenceExpression? Reference);

/// <summary><c>${root.a.b[0]["c"]}</c>: a resource, variable or config key followed by an access path.</summary>
public sealed record ReferenceExpression(string Root, IReadOnlyList<PathStep> Path, string Location) : Expression(Location)
{
    public string Text => Root + string.Concat(Path.Select(step => step.ToString()));
}

/// <summary>One step of an access path: a property name or an array index.</summary>
public sealed record PathStep(string? Property, int? Index)
{
    public override string ToString() => Property is not null ? "." + Property : $"[{Index}]";
}

public sealed record InvokeExpression(string Function, Expression Arguments, string? Return, string Location) : Expression(Location);

public sealed record SecretExpression(Expression Value, string Location) : Expression(Location);

public sealed record ToJsonExpression(Expression Value, string Location) : Expression(Location);
