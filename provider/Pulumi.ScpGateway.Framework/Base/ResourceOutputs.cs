using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Turns typed results into the property maps the engine gets back: secrets wrapped (declared
/// ones, and any property whose input was secret), previews with unknown computed values, and
/// not-readable inputs carried over on refresh.
/// </summary>
internal static class ResourceOutputs
{
    public static PropertyMap Of(ResourceDeclaration declaration, object state, PropertyMap inputs) =>
        KeepSecret(ObjectWriter.Write(declaration.State, state), inputs);

    /// <summary>
    /// What a preview answers: the inputs as given (unknowns included) and every output-only
    /// property unknown, except stable ones an update keeps from <paramref name="oldState"/>.
    /// </summary>
    public static PropertyMap Preview(ResourceDeclaration declaration, PropertyMap inputs, PropertyMap? oldState)
    {
        var outputs = inputs;
        foreach (var property in declaration.State.OutputsOnly)
        {
            var kept = property.Stable && oldState is not null && oldState.TryGetValue(property.Name, out var old) ? old : null;
            outputs = outputs.With(property.Name, kept ?? PropertyValue.Unknown);
        }
        var secrets = declaration.State.Properties.Where(property => property.Secret && outputs.TryGetValue(property.Name, out var value) && !value.IsComputed);
        return outputs.WrapSecrets(secrets.Select(property => property.Name));
    }

    public static ResourceReadResult OfRead(ResourceDeclaration declaration, ResourceReadRequest request, object inputs, object state)
    {
        var outputs = ObjectWriter.Write(declaration.State, state);
        var readInputs = ObjectWriter.WriteInputs(declaration.Args, inputs);
        foreach (var property in declaration.Args.Inputs.Where(input => input.NotReadable))
        {
            // Refresh carries the program's value over; import (no old values) leaves it out.
            var carried = request.Inputs.GetValueOrDefault(property.Name) ?? request.Properties.GetValueOrDefault(property.Name);
            outputs = carried is null ? outputs.Without(property.Name) : outputs.With(property.Name, carried);
            readInputs = carried is null ? readInputs.Without(property.Name) : readInputs.With(property.Name, carried);
        }
        var wereSecret = request.Inputs.Concat(request.Properties).Where(entry => entry.Value.IsSecret).Select(entry => entry.Key).ToList();
        // The id as the resource spells it (an import may have written a part in another case).
        return new ResourceReadResult(declaration.ParseId(request.Id).Id, outputs.WrapSecrets(wereSecret), readInputs.WrapSecrets(wereSecret));
    }

    public static ResourceInitFailure InitFailure(ResourceDeclaration declaration, ResourceInitFailedException partial, PropertyMap inputs)
    {
        if (!declaration.State.ClrType.IsInstanceOfType(partial.State))
        {
            throw new InvalidOperationException(
                $"{declaration.Name} reported a partial failure with a {partial.State.GetType().Name}, not a {declaration.State.ClrType.Name}.", partial);
        }
        return new ResourceInitFailure(partial.Id, Of(declaration, partial.State, inputs), inputs, partial.Reasons, partial.InnerException);
    }

    /// <summary>Wraps each output whose input was secret: a value the program kept secret must not come back in the clear.</summary>
    private static PropertyMap KeepSecret(PropertyMap outputs, PropertyMap inputs) =>
        outputs.WrapSecrets(inputs.Where(entry => entry.Value.ContainsSecrets()).Select(entry => entry.Key));
}
