namespace Pulumi.ScpGateway.EngineSimulator.Yaml;

/// <summary>The root names an expression refers to: the edges of the program's dependency graph.</summary>
public static class ExpressionReferences
{
    public static IEnumerable<string> Roots(Expression expression) => expression switch
    {
        ReferenceExpression reference => [reference.Root],
        InterpolationExpression interpolation => interpolation.Parts.Where(part => part.Reference is not null).Select(part => part.Reference!.Root),
        ArrayExpression array => array.Items.SelectMany(Roots),
        ObjectExpression obj => obj.Entries.SelectMany(entry => Roots(entry.Value)),
        InvokeExpression invoke => Roots(invoke.Arguments),
        SecretExpression secret => Roots(secret.Value),
        ToJsonExpression json => Roots(json.Value),
        _ => [],
    };
}
