namespace Pulumi.ScpGateway.SdkGen.Schema;

/// <summary>A resource (or the provider): its outputs, its inputs and the inputs of its state lookup.</summary>
public sealed record ResourceSpec(string Token, string Name, string? Description, ObjectSpec Outputs, ObjectSpec Inputs, ObjectSpec State)
{
    public bool HasRequiredInputs => Inputs.Required.Count > 0;
}
