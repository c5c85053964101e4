using Pulumi.ScpGateway.EngineSimulator.Deployment;

namespace Pulumi.ScpGateway.IntegrationTests.Reliability;

/// <summary>What a user checks after a command: it worked, state matches SCP, and nothing is left to do.</summary>
public static class StackAssert
{
    public static void Succeeded(DeploymentResult result, string what) =>
        Assert.True(result.Succeeded, $"{what} failed:\n{string.Join("\n", result.Errors)}");

    public static async Task ConvergedAsync(ReliabilityStack stack, string after, CancellationToken cancellationToken)
    {
        var convergence = await stack.ConvergenceAsync(cancellationToken);
        Assert.True(convergence.Converged, $"after {after}: {convergence}");
    }

    /// <summary>A preview of the same program plans nothing.</summary>
    public static async Task NoChangesAsync(ReliabilityStack stack, string after, CancellationToken cancellationToken)
    {
        var preview = await stack.RunAsync(DeploymentCommand.Preview, cancellationToken);
        Succeeded(preview, $"the preview after {after}");
        var planned = preview.Steps.Where(step => step.Operation != StepOperation.Same).Select(step => $"{step.Operation} {step.Name}").ToList();
        Assert.True(planned.Count == 0, $"the preview after {after} plans changes: {string.Join(", ", planned)}");
    }
}
