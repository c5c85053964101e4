namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Implemented by an Args record (or function arguments) with rules across properties, e.g.
/// "endpointUrl is required when integrationType is HTTP". Check runs them once every property
/// passed its own rules; they see the record filled from the checked inputs.
/// </summary>
public interface ICrossPropertyRules
{
    /// <summary>The failures; skip a rule whose inputs are in <paramref name="unknown"/> (their C# values are only initial values).</summary>
    IEnumerable<CheckFailure> Check(UnknownInputs unknown);
}
