using System.Globalization;
using System.Text;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Yaml;

/// <summary>
/// Evaluates program expressions to property values. Unknowns propagate (an interpolation with an
/// unknown part is unknown); secrets propagate outward (anything built from a secret is secret).
/// </summary>
public static class ExpressionEvaluator
{
    public static async Task<PropertyValue> EvaluateAsync(Expression expression, IExpressionScope scope, CancellationToken cancellationToken)
    {
        switch (expression)
        {
            case LiteralExpression literal:
                return literal.Value;
            case ReferenceExpression reference:
                return Resolve(reference, scope);
            case InterpolationExpression interpolation:
                return Interpolate(interpolation, scope);
            case ArrayExpression array:
                var items = new List<PropertyValue>(array.Items.Count);
                foreach (var item in array.Items)
                {
                    items.Add(await EvaluateAsync(item, scope, cancellationToken).ConfigureAwait(false));
                }

                return PropertyValue.FromArray(items);
            case ObjectExpression obj:
                return PropertyValue.FromObject(await EvaluateObjectAsync(obj, scope, cancellationToken).ConfigureAwait(false));
            case SecretExpression secret:
                return PropertyValue.MakeSecret(await EvaluateAsync(secret.Value, scope, cancellationToken).ConfigureAwait(false));
            case ToJsonExpression json:
                var value = await EvaluateAsync(json.Value, scope, cancellationToken).ConfigureAwait(false);
                return value.ContainsUnknowns() ? PropertyValue.Unknown : KeepSecrecy(value, PropertyJson.Serialize(value));
            case InvokeExpression invoke:
                return await InvokeAsync(invoke, scope, cancellationToken).ConfigureAwait(false);
            default:
                throw ProgramException.At(expression.Location, $"{expression.Location}: unsupported expression");
        }
    }

    public static async Task<PropertyMap> EvaluateObjectAsync(ObjectExpression obj, IExpressionScope scope, CancellationToken cancellationToken)
    {
        var entries = new List<KeyValuePair<string, PropertyValue>>(obj.Entries.Count);
        foreach (var (key, item) in obj.Entries)
        {
            entries.Add(new(key, await EvaluateAsync(item, scope, cancellationToken).ConfigureAwait(false)));
        }

        return new PropertyMap(entries);
    }

    private static async Task<PropertyValue> InvokeAsync(InvokeExpression invoke, IExpressionScope scope, CancellationToken cancellationToken)
    {
        var arguments = await EvaluateAsync(invoke.Arguments, scope, cancellationToken).ConfigureAwait(false);
        if (arguments.Kind != PropertyValueKind.Object)
        {
            throw ProgramException.At(invoke.Location, $"{invoke.Location}.arguments: must be a mapping");
        }

        if (arguments.ContainsUnknowns())
        {
            return PropertyValue.Unknown; // The engine skips invokes with unknown arguments during preview.
        }

        var result = await scope.InvokeAsync(invoke.Function, arguments.AsObject, invoke.Location, cancellationToken).ConfigureAwait(false);
        if (invoke.Return is null)
        {
            return result;
        }

        return result.Kind == PropertyValueKind.Object && result.AsObject.TryGetValue(invoke.Return, out var field)
            ? field
            : throw ProgramException.At(invoke.Location, $"{invoke.Location}: {invoke.Function} returned no '{invoke.Return}'");
    }

    private static PropertyValue Interpolate(InterpolationExpression interpolation, IExpressionScope scope)
    {
        var text = new StringBuilder();
        var secret = false;
        foreach (var part in interpolation.Parts)
        {
            if (part.Reference is null)
            {
                text.Append(part.Text);
                continue;
            }

            var value = Resolve(part.Reference, scope);
            if (value.ContainsUnknowns())
            {
                return PropertyValue.Unknown;
            }

            secret |= value.ContainsSecrets();
            text.Append(Text(value.UnwrapSecrets(), part.Reference));
        }

        return secret ? PropertyValue.MakeSecret(text.ToString()) : PropertyValue.FromString(text.ToString());
    }

    private static string Text(PropertyValue value, ReferenceExpression reference) => value.Kind switch
    {
        PropertyValueKind.String => value.AsString,
        PropertyValueKind.Number => value.AsNumber.ToString("R", CultureInfo.InvariantCulture),
        PropertyValueKind.Bool => value.AsBool ? "true" : "false",
        PropertyValueKind.Null => string.Empty,
        PropertyValueKind.Array or PropertyValueKind.Object => PropertyJson.Serialize(value),
        _ => throw ProgramException.At(reference.Location, $"{reference.Location}: '${{{reference.Text}}}' is a {value.Kind} and cannot be put in a string"),
    };

    private static PropertyValue Resolve(ReferenceExpression reference, IExpressionScope scope)
    {
        if (!scope.TryResolve(reference.Root, out var root))
        {
            throw ProgramException.At(reference.Location, $"{reference.Location}: '${{{reference.Text}}}' refers to '{reference.Root}', which is not a resource, variable or config key");
        }

        var current = root.Value;
        var secret = false;
        foreach (var step in reference.Path)
        {
            if (current.IsSecret)
            {
                secret = true;
                current = current.SecretValue;
            }

            if (current.IsComputed)
            {
                return PropertyValue.Unknown;
            }

            current = Step(current, step, reference, root.MissingIsUnknown);
        }

        return secret ? PropertyValue.MakeSecret(current) : current;
    }

    private static PropertyValue Step(PropertyValue current, PathStep step, ReferenceExpression reference, bool missingIsUnknown)
    {
        if (step.Property is { } property)
        {
            if (current.Kind != PropertyValueKind.Object)
            {
                throw ProgramException.At(reference.Location, $"{reference.Location}: '${{{reference.Text}}}': cannot read '{property}' of a {current.Kind}");
            }

            return current.AsObject.TryGetValue(property, out var found)
                ? found
                : missingIsUnknown ? PropertyValue.Unknown
                : throw ProgramException.At(reference.Location, $"{reference.Location}: '${{{reference.Text}}}': there is no property '{property}'");
        }

        if (current.Kind != PropertyValueKind.Array)
        {
            throw ProgramException.At(reference.Location, $"{reference.Location}: '${{{reference.Text}}}': cannot index a {current.Kind}");
        }

        var index = step.Index!.Value;
        return index < current.AsArray.Length
            ? current.AsArray[index]
            : throw ProgramException.At(reference.Location, $"{reference.Location}: '${{{reference.Text}}}': index {index} is out of range (length {current.AsArray.Length})");
    }

    private static PropertyValue KeepSecrecy(PropertyValue source, string text) =>
        source.ContainsSecrets() ? PropertyValue.MakeSecret(text) : PropertyValue.FromString(text);
}
